print([], [1], [1, 2, 3], [[1], [2, [3]]], [1, 'a', None, 2.5])
print((), (1,), (1, 2), ((1,), ()), tuple([1, 2]))
print({}, {'a': 1}, {'a': 1, 'b': [1, 2], 3: (4,)}, {1: {2: {3: {}}}})
print({1, 2, 3}, {3, 2, 1}, set(), {(1, 2)}, {1, 1, 1}, {-1} | {-1})
print([1, 2, 3,], (1, 2,), {'k': 1,}, {5,})
d = {'a': 1, 'b': 2, 'a': 3}
print(d, len(d))
print({1: 'int', 1.0: 'float', True: 'bool'})
a = [1, 2]
print([*a, *a, 3], (*a,), {*a, 9}, {**{'x': 1}, 'y': 2, **{'x': 3}})
print([*'abc'], [*range(3)], (*'', 0))
print(repr([1, 'a']), str((1, 'a')), repr({'k': 'v'}))
s = 'x'
print([s, [s, [s]]], ('x', ('y',)), {'a': [{}]})
e = []
e.append(e)
print(e)
d2 = {}
d2['self'] = d2
print(d2)
print(type([]).__name__, type(()).__name__, type({}).__name__, type({1}).__name__)
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(frozenset([3, 1]), frozenset())
