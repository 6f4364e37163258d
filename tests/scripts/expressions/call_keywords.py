def g(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(g(1, c=3))
print(g(1, 5, 6, 7, c=8))
print(g(a=1, c=3, d=0, e=5))
print(g(1, 2, *[3, 4], c=5, **{'z': 6, 'y': 7}))
print(g(*(1,), **{'c': 9}))
def h(x, y):
    return x * 10 + y
print(h(1, 2), h(y=1, x=2), h(1, y=2), h(*[3], **{'y': 4}))
print(dict(a=1, b=2), dict([('a', 1)], b=2), dict({'a': 1}, **{'b': 2}))
print(sorted([3, 1, 2], reverse=True), max([1, 5, 2], key=lambda v: -v))
print('a-b-c'.split(sep='-', maxsplit=1))
print(int('ff', base=16), round(number=2.567, ndigits=1))
for bad in [lambda: h(1, x=2), lambda: h(1), lambda: h(1, 2, 3), lambda: h(1, z=3),
            lambda: g(1), lambda: g(c=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
