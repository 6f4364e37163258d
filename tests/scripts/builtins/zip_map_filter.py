print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2], 'abcd')), list(zip()), list(zip([1])))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('xyz', range(3))))
print(list(zip(range(3), range(10), 'ab')))
keys, vals = zip(*{'a': 1, 'b': 2}.items())
print(keys, vals)
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ['', 'ab'])))
print(list(map(int, '123')), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(None, [0, 1, '', 'x', [], [0], None, False])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2c3')))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip('ab', [1, 2])
print(type(z).__name__, next(z), list(z))
f = filter(None, [1, 0, 2])
print(type(f).__name__, list(f))
try:
    list(map(lambda x, y: x, [1]))
except TypeError as e:
    print('TypeError', e)
try:
    zip(1, 2)
except TypeError as e:
    print('TypeError', e)
