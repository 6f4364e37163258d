d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(i & {('a', 1)}), k == {'a', 'b', 'c'}, k.isdisjoint({'x'}))
del d['b']
print(list(k), list(v), list(i))
d['d'] = 4
print(list(k), list(reversed(k)))
print(list(map(lambda kv: kv[0] * kv[1], i)))
ks = iter(k)
print(next(ks), next(ks))
print(type(k).__name__, k.mapping['a'] if hasattr(k, 'mapping') else 1)
try:
    k[0]
except TypeError as e:
    print('TypeError', e)
print(v == v, list(v) == [1, 3, 4])
