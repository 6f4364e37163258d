def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print([next(g) for _ in range(5)], next(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(20)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, (x for x in naturals() if x % 3 == 0)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(15, primes()))
def cycle(seq):
    while True:
        for s in seq:
            yield s
c = cycle('ab')
print(''.join(next(c) for _ in range(7)))
