matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(row) for row in zip(*matrix)])
print([[matrix[j][i] for j in range(3)] for i in range(3)])
print([sum(row) for row in matrix], sum(sum(r) for r in matrix))
print([matrix[i][i] for i in range(3)], [matrix[i][2 - i] for i in range(3)])
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({k: sorted(v) for k, v in {'x': [3, 1, 2], 'y': [9, 8]}.items()})
words = 'the cat sat on the mat the end'.split()
print(sorted({w: len([u for u in words if u == w]) for w in words}.items()))
print([''.join(sorted(w)) for w in ['bca', 'fed', 'a']])
print([[y for y in x if y] for x in [[0, 1], [None, 2, ''], []]])
flat = [c for w in ['ab', 'cd'] for c in w]
print(flat, [c * i for i, c in enumerate(flat)])
