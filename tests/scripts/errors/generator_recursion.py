def gen(n):
    yield n
    yield from gen(n + 1)
try:
    for v in gen(0):
        pass
except RecursionError as e:
    print('RecursionError', e)
print('last value reached > 100:', v > 100)
def gen2():
    for x in gen2():
        yield x
try:
    next(gen2())
except RecursionError as e:
    print('RecursionError', e)
def gen3(n):
    if n == 0:
        yield 'bottom'
        return
    yield from gen3(n - 1)
print(list(gen3(200)))
def recurse_in_genexpr(n):
    return sum(recurse_in_genexpr(n + 1) for _ in range(1))
try:
    recurse_in_genexpr(0)
except RecursionError as e:
    print('RecursionError', e)
print('alive')
