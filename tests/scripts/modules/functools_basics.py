import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: b + a, 'abc'), functools.reduce(lambda a, b: a, [], 'init'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
p = functools.partial(int, base=2)
print(p('1010'), p('11', base=10), p.func is int, p.args, p.keywords)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
sq = functools.partial(power, exp=2)
cube = functools.partial(power, 3)
print(sq(5), cube(3), cube(3, 5), functools.partial(sq, mod=7)(5))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    """Docstring here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
def plain_deco(fn):
    def wrapper():
        return fn()
    return wrapper
@plain_deco
def other():
    pass
print(other.__name__)
