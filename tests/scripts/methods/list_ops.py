a = [1, 2]
print(a * 3, 3 * a, a * 0, a * -1, [[]] * 3, a + [3], [] + [])
b = a
b += [9]
print(a, a is b)
b *= 2
print(a)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] == [], [0] < [0.5])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1], max([[1, 2], [1, 3]]))
print(len([1, [2, 3], []]), [1, 2, 3][-1], 2 in [1, 2], [2] in [1, [2]])
lst = list(range(10))
print(lst[::3], lst[1:-1:2], sum(lst), min(lst), max(lst))
print(list.__name__, [].__class__.__name__, isinstance([], list))
nested = [1, [2, [3]]]
copy = nested[:]
copy[1].append('shared')
print(nested)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x)
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [4, 5].__getitem__(1))
