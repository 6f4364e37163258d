# split / rsplit / splitlines edges around the ASCII fast paths: every kind of
# str whitespace (ASCII and not), maxsplit, one-byte and longer separators,
# non-ASCII separators and text, long results, argument errors.
WS = [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f',
      '\x85', '\xa0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029',
      '\u202f', '\u205f', '\u3000']
for w in WS:
    s = w + 'a' + w + w + 'b' + w
    print(repr(w), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(w))
# Not whitespace for str.split(): zero-width space, NUL, \x80-\x84, DEL.
for c in ['\u200b', '\x00', '\x80', '\x7f', '\ufeff']:
    print(repr(c), ('a' + c + 'b').split())

text = '  one two\tthree  four\nfive  '
for n in range(-1, 6):
    print(n, text.split(maxsplit=n), text.rsplit(maxsplit=n))
print(text.split(None), text.split(sep=None), text.rsplit(sep=None, maxsplit=2))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 1), 'a,b,,c'.split(',', 0), ',a,'.split(','))
print('a::b::::c'.split('::'), 'a::b::::c'.rsplit('::', 2), ':::'.split('::'), ':::'.rsplit('::'))
print('x'.split('xyz'), ''.split('x'), ''.rsplit('x'), '   '.split(), '   '.rsplit(), ''.split(None, 0))
print('  a  b  '.split(None, 0), '  a  b  '.rsplit(None, 0))

# Non-ASCII text and separators.
u = 'café naïve  ÉCOLE\u3000日本語 ok'
print(u.split(), u.rsplit(), u.split(None, 2), u.rsplit(None, 2), u.split('é'), u.rsplit('é', 1))
print('α→β→γ'.split('→'), 'α→β→γ'.rsplit('→', 1), 'a€b€€c'.split('€'), '€'.split('€'))
print([len(p) for p in u.split()], [p.upper() for p in u.split()])

# Many pieces (more than any small inline buffer).
big = ' '.join(str(i) for i in range(100))
parts = big.split()
print(len(parts), parts[:3], parts[-3:], big.rsplit(None, 50)[:2], len(big.rsplit(None, 50)))
print(len(big.split(' ')), big.split(' ', 40)[-1][:10], len(','.join(parts).split(',')))
print(len(('x\n' * 70).splitlines()), ('x\n' * 70).splitlines(True)[-1] == 'x\n')
print(len('é '.join('abcdefghijklmnopqrstuvwxyz' * 3).split('é ')))

# Keywords and errors (messages as CPython's).
print('a b c'.split(maxsplit=1), 'a-b-c'.rsplit(sep='-', maxsplit=1), 'a b'.split(' ', maxsplit=-5))
for args, kw in [((1,), {}), (('',), {}), ((None, 'x'), {}), (('a', 1, 2), {}), ((), {'seps': 'x'}),
                 (('x',), {'sep': 'y'}), ((None, 1.5), {})]:
    for name in ('split', 'rsplit'):
        try:
            print(getattr('a b', name)(*args, **kw))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)

class S(str):
    pass

r = S('a b').split()
print(r, [type(p).__name__ for p in r], [type(p).__name__ for p in S('ab').split()])
print([type(p).__name__ for p in S('a,b').rsplit(',')], [type(p).__name__ for p in S('a\nb').splitlines()])
