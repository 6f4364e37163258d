def f(*args):
    return type(args).__name__, args, len(args)
print(f(), f(1), f(1, 2, 3), f(*range(4)), f([1, 2]))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return type(kw).__name__, kw
print(h(), h(a=1, b=2), h(**{'x': 1}))
def both(a, *args, b=0, **kw):
    return a, args, b, kw
print(both(1, 2, 3, b=4, c=5, d=6))
print(both(*[1, 2], **{'b': 3, 'z': 0}))
def passthrough(*args, **kw):
    return both(*args, **kw)
print(passthrough(9, 8, q=7))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
def mutate(*args):
    args = list(args)
    args.append('x')
    return args
print(mutate(1))
def sumall(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(sumall(1, 2, 3), sumall(1, 2, start=100), sumall())
