from collections import defaultdict
dl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dl[k].append(v)
print(dl, dict(dl), dl['missing'], len(dl))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di)
print(sorted(di.items()), di.default_factory)
ds = defaultdict(set)
ds['x'].add(1)
print(ds)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a']['b'], dict(nested['a']))
dn = defaultdict(None, {'k': 1})
print(dn, dn.get('z'))
try:
    dn['z']
except KeyError as e:
    print('KeyError', e)
print('q' in di, di.get('q'), 'q' in di)
dd = defaultdict(str, a='x')
print(dd['a'] + dd['b'], dd, isinstance(dd, dict))
c = di.copy()
print(type(c).__name__, c == di)
