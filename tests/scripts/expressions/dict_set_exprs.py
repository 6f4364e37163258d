d1 = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print(d1 | d2, d2 | d1)
d3 = dict(d1)
d3 |= d2
print(d3)
d3 |= [('z', 0)]
print(d3)
s1, s2 = {1, 2, 3}, {3, 4}
print(sorted(s1 | s2), sorted(s1 & s2), sorted(s1 - s2), sorted(s1 ^ s2))
print(s1 <= s1, s1 < s1, {1} < s1, s1 >= {1, 2}, s1 > {1, 2, 3, 4})
fs = frozenset({1, 2})
print(fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__)
print(fs == {1, 2}, {1, 2} == fs, fs in {fs: 1}, {fs: 'x'}[frozenset([2, 1])])
print(d1.keys() | {'q'} == {'a', 'b', 'q'}, sorted(d1.keys() & d2.keys()), sorted(d1.items() - d2.items()))
print(list(d1.keys() - {'a'}), list(d1.values()), 2 in d1.values())
try:
    print(d1 | [('x', 1)])
except TypeError as e:
    print('TypeError', e)
try:
    print(s1 | [5])
except TypeError as e:
    print('TypeError', e)
try:
    print(d1 + d2)
except TypeError as e:
    print('TypeError', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError', e)
