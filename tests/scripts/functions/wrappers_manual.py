def my_wraps(orig):
    def deco(w):
        w.__name__ = orig.__name__
        w.__qualname__ = orig.__qualname__
        w.__doc__ = orig.__doc__
        w.__wrapped__ = orig
        return w
    return deco
def memo(fn):
    cache = {}
    @my_wraps(fn)
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__, fib.__doc__, fib.__qualname__, len(fib.cache))
print(fib.__wrapped__(10))
def count_calls(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@count_calls
def noop(x=None):
    return x
noop(); noop(1); noop(x=2)
print(noop.calls, noop.__name__)
def typed(*types):
    def deco(fn):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('bad arg %r' % (a,))
            return fn(*args)
        return w
    return deco
@typed(int, str)
def rep(n, s):
    return s * n
print(rep(3, 'ab'))
try:
    rep('3', 'ab')
except TypeError as e:
    print('TypeError', e)
