print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(''.join(reversed('hello')), list(reversed([])))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
try:
    reversed(x for x in [])
except TypeError as e:
    print('TypeError', e)
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
print(list(enumerate(['x', 'y'], start=-1)), dict(enumerate('ab')))
e = enumerate(range(10, 13))
print(next(e), next(e), list(e))
for i, (a, b) in enumerate(zip('ab', 'cd'), start=100):
    print(i, a, b)
print(list(enumerate('ab', 10 ** 20)))
