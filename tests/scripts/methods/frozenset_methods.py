f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, f == frozenset({1, 2, 3}))
g = frozenset([2, 3, 4])
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(type(f | g).__name__, type(f.union([5])).__name__, type({1} | f).__name__)
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint([9]))
d = {f: 'frozen key', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(f.copy() is f if False else sorted(f.copy()), frozenset('ab') == frozenset('ba'))
try:
    f.add(5)
except AttributeError as e:
    print('AttributeError', e)
print(frozenset(), repr(frozenset([7])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
