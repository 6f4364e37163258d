def f(**kw):
    kw['added'] = True
    return kw
src = {'a': 1}
out = f(**src)
print(src, out, out is src)
def g(*args):
    return args
t = (1, 2)
print(g(*t) == t, type(g(*t)).__name__)
def h(a, **kw):
    return a, kw
print(h(1, **{'b': 2}), h(**{'a': 0, 'z': 9}))
try:
    h(**{1: 'nonstr'})
except TypeError as e:
    print('TypeError', e)
def order(**kw):
    return ' '.join(kw)
print(order(z=1, y=2, x=3), order(**dict.fromkeys('cab')))
def defaults_and_kw(a=1, *, b=2, **rest):
    return a, b, rest
print(defaults_and_kw(), defaults_and_kw(5, b=6, c=7), defaults_and_kw(b=0))
def takes_self(self, **kw):
    return self, kw
print(takes_self(1, other=2), takes_self(self='s'))
print((lambda **k: sorted(k))(**{'k2': 0}, k1=1))
