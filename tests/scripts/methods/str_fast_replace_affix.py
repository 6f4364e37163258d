# replace / startswith / endswith / count around their fast paths: match
# counts, result sizes (empty, one character, growing, shrinking), non-ASCII
# text and patterns, tuples and slice arguments, and argument errors.
cases = [('gilpy gil', 'gil', 'GIL', -1), ('gilgilgil', 'gil', 'G', 2), ('aaa', 'a', '', -1),
         ('aaa', 'aa', 'b', -1), ('abc', 'x', 'y', -1), ('abc', 'abc', '', -1), ('abc', 'abc', 'é', -1),
         ('ab', 'b', '', -1), ('x', 'x', 'y', -1), ('éé', 'é', 'e', -1), ('日本日本', '日', 'に', 1),
         ('abc', '', '-', -1), ('abc', '', '-', 2), ('', '', 'x', -1), ('éa', '', '.', -1),
         ('a.b.c', '.', '→', 0), ('a.b.c', '.', '→', 1), ('aXbXc', 'X', 'XX', -1), ('€x€', '€', '', -1)]
for s, old, new, n in cases:
    r = s.replace(old, new, n)
    print(repr(s), repr(old), repr(new), n, repr(r), len(r), r == s)
print('a-b-c'.replace('-', '+', count=1) if False else 'a-b-c'.replace('-', '+', 1))
for args in [(1, 'x'), ('x', 1), ('x',), ('a', 'b', 'c'), ('a', 'b', 1.0)]:
    try:
        print('abc'.replace(*args))
    except TypeError as e:
        print('TypeError', e)

s = 'gilpy café 日本'
for p in ['gil', 'gilpy', '', 'x', 'gilpy café 日本', 'gilpy café 日本!', '日本', '本', 'é 日本', 'g']:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 1), s.endswith(p, 0, -1),
          s.startswith(p, -3), s.endswith(p, 2, 100))
print(s.startswith(('x', 'gi')), s.endswith(('本', 'x')), s.startswith(()), 'é'.startswith('\xc3'))
print(''.startswith(''), ''.endswith(''), ''.startswith('a'), 'a'.startswith('', 2), 'a'.endswith('', 1))
for bad in (1, ['a'], ('a', 1), b'a', None):
    for name in ('startswith', 'endswith'):
        try:
            getattr('abc', name)(bad)
        except TypeError as e:
            print(name, 'TypeError', e)
try:
    'abc'.startswith()
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.endswith('a', 1, 2, 3)
except TypeError as e:
    print('TypeError', e)

doc = ('<a> b GIL c\n' * 50) + 'é<é>GILGIL'
print(doc.count('<'), doc.count('GIL'), doc.count('\n'), doc.count('é'), doc.count(''), doc.count('<', 10, 40))
print('aaaa'.count('aa'), 'aaaa'.count('a', -2), ''.count(''), 'abc'.count('', 5), 'abc'.count('', 3))

class S(str):
    pass

print(type(S('abc').replace('x', 'y')).__name__, type(S('abc').replace('a', 'b')).__name__)
print(S('abc').startswith('ab'), S('abc').endswith(S('bc')), 'abc'.startswith(S('a')))
