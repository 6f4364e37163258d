def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda x: x + 1, abs)(-5))
def memoize():
    seen = {}
    def f(k):
        if k in seen:
            return 'hit ' + str(seen[k])
        seen[k] = k * 2
        return 'miss'
    return f
m = memoize()
print(m(1), m(1), m(2), m(1))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError('insufficient funds')
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30))
try:
    wd(500)
except ValueError as e:
    print('ValueError', e)
def gen_closure():
    x = 0
    def g():
        nonlocal x
        while True:
            x += 1
            yield x
    return g
g = gen_closure()()
print(next(g), next(g))
