data = ['apple', 'Banana', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(data), sorted(data, key=str.casefold), sorted(data, key=lambda s: (-len(s), s)))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda x: (x % 2, x))
print(nums)
records = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 3}]
records.sort(key=lambda r: r['v'], reverse=True)
print([r['n'] for r in records])
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, sorted(lst) == [1, 2, 3])
m = [[3, 'c'], [1, 'a'], [2, 'b'], [1, 'A']]
m.sort()
print(m)
print(sorted([(1, 2), (1,), (0, 5), ()]))
words = ['aa', 'B', 'c', 'AA', 'b']
words.sort(key=str.lower)
print(words)
try:
    [3, None, 1].sort()
except TypeError as e:
    print('TypeError', e)
