import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(sq.cache_info())
@functools.lru_cache
def bare(x):
    return x + 1
print(bare(1), bare(1), bare.cache_info().hits)
@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize)
@functools.lru_cache(maxsize=8)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info().misses)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
print(fib.__name__, fib.__wrapped__(1))
