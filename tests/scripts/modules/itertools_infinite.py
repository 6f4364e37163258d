import itertools
c = itertools.count()
print([next(c) for _ in range(5)])
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.count(1.5, 0.5), 3)))
print(list(itertools.islice(itertools.count(5, -2), 4)))
print(list(itertools.islice(itertools.cycle('abc'), 8)), list(itertools.islice(itertools.cycle([]), 3)))
print(list(itertools.repeat('x', 3)), list(itertools.repeat(1, 0)), list(itertools.islice(itertools.repeat(7), 4)))
print(list(map(pow, range(5), itertools.repeat(2))))
print(list(itertools.islice('abcdefg', 2)), list(itertools.islice('abcdefg', 2, 5)), list(itertools.islice('abcdefg', 0, None, 3)))
print(list(itertools.islice(range(10), 1, 8, 2)), list(itertools.islice([], 5)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
try:
    itertools.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
print(list(zip(itertools.count(1), 'xyz')))
