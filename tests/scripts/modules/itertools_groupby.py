import itertools
data = 'aaabbcaaddd'
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
print([(k, ''.join(g)) for k, g in itertools.groupby('AaBbbCc', key=str.lower)])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in itertools.groupby(nums, key=lambda x: x % 2)])
records = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'kale'), ('fruit', 'fig')]
for key, grp in itertools.groupby(sorted(records), key=lambda r: r[0]):
    print(key, [name for _, name in grp])
groups = itertools.groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(itertools.groupby([])), [k for k, _ in itertools.groupby([1, 1, 2, 1])])
