def f(*args, **kw):
    return args, kw
a = [1, 2]
t = (3, 4)
d = {'x': 1, 'y': 2}
print(f(*a), f(*a, *t), f(0, *a, 5, *t))
print(f(**d), f(**d, z=3), f(1, *t, k=2, **d))
print(f(*'ab', *range(2)), f(*{'p': 1}), f(**{'q': 2}, **{'r': 3}))
print([*a, *t], (*a, *t), {*a, *t}, {**d, 'x': 9}, {'x': 9, **d})
print(*a, *t, sep='-')
print(*[], 'only')
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a1, *mid, z1 = range(6)
print(a1, mid, z1)
x, *y = [1]
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for h, *tl in [(1, 2, 3), (4,), 'xy']:
    print(h, tl)
try:
    f(**d, **{'x': 5})
except TypeError as e:
    print('TypeError', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
