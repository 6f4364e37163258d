def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=1))
def g(*args, sep='-'):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep='+'))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4), lambda: f(1, 2, b=3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
def many(*, x, y, z):
    return x + y + z
try:
    many()
except TypeError as e:
    print('TypeError', e)
try:
    many(x=1)
except TypeError as e:
    print('TypeError', e)
print(many(z=1, y=2, x=3))
