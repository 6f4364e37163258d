# strip / lstrip / rstrip and the case methods around their ASCII fast paths:
# ASCII character sets over non-ASCII text, non-ASCII sets, Unicode
# whitespace, full case mappings and final sigma, and argument errors.
samples = ['word.', ',.word,.', '..', '', 'plain', '.é.', 'é..', '..é', ' ,é, ', '\xa0x\xa0', '.,日本,.']
for s in samples:
    print(repr(s), repr(s.strip('.,')), repr(s.lstrip('.,')), repr(s.rstrip('.,')),
          repr(s.strip()), repr(s.strip(None)), repr(s.strip('')))
print(repr('éxé'.strip('é')), repr('éxé'.lstrip('é')), repr('éxé'.rstrip('é')), repr('ééé'.strip('é')))
print(repr('αβγxγβα'.strip('αγ')), repr('€a€'.strip('€a')), repr('日本語'.strip('語日')))
print(repr('\u3000\u2000 x \x85\u2029'.strip()), repr('\u3000 x \u3000'.lstrip()), repr('\u3000 x \u3000'.rstrip()))
print(repr('\x1c\x1f x \x1e'.strip()), repr('\u200bx\u200b'.strip()), repr('\x00x\x00'.strip()))
print(repr('abcxcba'.strip('abc')), repr('xyz'.strip('xyz')), repr('a\x80b'.strip('a')))
print(repr(' \t\n\r\x0b\x0c x \t\n\r\x0b\x0c '.strip()), repr('xx'.strip('\x7f')))

for bad in (1, b'.', ['.']):
    for name in ('strip', 'lstrip', 'rstrip'):
        try:
            getattr('x', name)(bad)
        except TypeError as e:
            print(name, 'TypeError', e)
try:
    'x'.strip('a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    'x'.strip(chars='a')
except TypeError as e:
    print('TypeError', e)

words = ['word', 'Word', 'WORD', 'wOrD', 'a', 'A', 'z', 'Z', '@[`{', 'x1_Y2', '',
         'straße', 'ǅungla', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ﬁne', 'Café', 'ÀÉÎ', 'ǈ', 'ŉ', 'σς']
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.casefold()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.title()))
print(repr('hello world-FOO bar_baz 1st'.title()), repr('hELLO wORLD'.capitalize()), repr('123abc'.capitalize()))
print(repr('A Σ b'.lower()), repr('AΣ'.lower()), repr('Σ'.lower()), repr('AΣ.B'.lower()), repr("AΣ'".lower()))
for name in ('lower', 'upper', 'casefold', 'capitalize', 'swapcase', 'title'):
    try:
        getattr('x', name)(1)
    except TypeError as e:
        print(name, 'TypeError', e)
print(type('abc'.upper()).__name__, type('ABC'.upper()).__name__)

class S(str):
    pass

print([type(getattr(S('Ab'), m)()).__name__ for m in ('lower', 'upper', 'strip', 'capitalize', 'swapcase')])
print([type(getattr(S('ab'), m)()).__name__ for m in ('lower', 'upper', 'strip', 'casefold', 'title')])
print(S('ab').lower() == 'ab', S(' ab ').strip() == 'ab', S('..x..').strip('.') == 'x')

# Keyword arguments where none are accepted: Argument Clinic methods name the
# class, the old varargs ones (find, count, startswith, ...) only the method.
kw_cases = [('strip', {'chars': 'a'}), ('find', {'sub': 'a'}), ('replace', {'old': 'a', 'new': 'b'}),
            ('count', {'x': 1}), ('startswith', {'prefix': 'a'}), ('endswith', {'suffix': 'a'}),
            ('center', {'width': 3}), ('join', {'iterable': []}), ('lower', {'x': 1}),
            ('zfill', {'width': 1}), ('partition', {'sep': 'a'}), ('removeprefix', {'prefix': 'a'}),
            ('index', {'sub': 'x'}), ('rstrip', {'chars': None})]
for name, kw in kw_cases:
    for obj in ('x', b'x', bytearray(b'x')):
        try:
            getattr(obj, name)(**kw)
        except TypeError as e:
            print(type(obj).__name__, name, e)
for f in (lambda: str.maketrans(x={}), lambda: bytes.maketrans(a=b'', b=b''), lambda: bytes.fromhex(string='00'),
          lambda: bytearray(b'x').pop(index=0), lambda: str.maketrans('ab', 'c')):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
