d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
d.update({'x': 9}, y=8)
d.update([('z', 7)])
d.update(a=-1)
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
v = d.values()
it = d.items()
d['new'] = 0
print(len(k), 'new' in k, 0 in v, ('new', 0) in it, ('new', 1) in it, k)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', []), {}.fromkeys(range(2), 'v'))
m = {'a': 1} | {'b': 2} | {'a': 3}
print(m)
m |= {'c': 4}
print(m, 'a' in m, 1 in m, len(m))
m.clear()
print(m)
for bad in [lambda: {}.pop('x'), lambda: {}.popitem(), lambda: {'a': 1}['b'], lambda: {}.update(1)]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
