print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
words = ['apple', 'bob', 'cat', 'apple', 'bob']
print({w: words.count(w) for w in words})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [x for x in range(k)] for k in range(4)})
print({c: ord(c) for c in 'hello'})
print({k: v for k, v in [('x', 1), ('x', 2), ('y', 3)]})
d = {'a': 1, 'b': 2, 'c': 3}
print({k.upper(): v * 10 for k, v in d.items() if v % 2})
print({i % 3: i for i in range(10)})
print(dict(sorted({'z': 1, 'a': 2}.items())))
