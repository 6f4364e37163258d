print(sorted({x % 4 for x in range(20)}))
print(sorted({c.lower() for c in 'Hello World' if c.isalpha()}))
print(sorted({len(w) for w in 'a bb ccc dd e'.split()}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}))
s = {x * x for x in range(-3, 4)}
print(sorted(s), len(s), 9 in s, 2 in s)
print({x for x in []}, type({x for x in []}).__name__)
print(frozenset(x for x in 'aab') == frozenset('ab'))
print(sorted({w[0] for w in ['apple', 'avocado', 'banana', 'cherry']}))
