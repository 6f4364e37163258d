d = {}
for k in ['banana', 'apple', 'cherry']:
    d[k] = len(k)
print(d, list(d))
d['apple'] = 99
print(list(d))
del d['banana']
d['banana'] = 0
print(list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
print(list(reversed(d)), list(reversed(d.values())))
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
e = dict(zip(range(5), 'abcde'))
print(e)
try:
    for k in e:
        e[k + 100] = 1
except RuntimeError as err:
    print('RuntimeError', err)
f = {'x': 1}
try:
    for k in f:
        del f[k]
except RuntimeError as err:
    print('RuntimeError', err)
g = {i: i for i in range(4)}
for k in list(g):
    if k % 2:
        del g[k]
print(g)
h = {True: 'bool', 1.0: 'float?'}
print(h)
print({(1, 2): 'tuple', None: 'none', 3.5: 'float', -1: 'neg'})
