sq = lambda x: x * x
add = lambda a, b=10: a + b
va = lambda *a, **k: (a, sorted(k.items()))
print(sq(7), add(1), add(1, 2), add(b=3, a=4), va(1, 2, z=3, y=4))
print((lambda: 42)(), (lambda x, y: x - y)(10, 3))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sq.__name__, (lambda: 0).__name__)
fs = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fs])
gs = [lambda: i for i in range(4)]
print([g() for g in gs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
kw = lambda *, k: k * 2
print(kw(k=4))
print((lambda x: (yield x)) if False else 'no-gen')
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda a, /, b: (a, b))(1, b=2))
try:
    sq()
except TypeError as e:
    print('TypeError', e)
try:
    kw(3)
except TypeError as e:
    print('TypeError', e)
