def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
    return 'outer-done'
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), 'xy', {'k': 0})))
def tree(n):
    if n == 0:
        yield 'leaf'
        return
    yield 'node%d' % n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
g = outer()
try:
    while True:
        next(g)
except StopIteration as e:
    print('StopIteration value', e.value)
def delegating():
    x = yield from inner()
    return x * 2
try:
    g = delegating()
    next(g); next(g); next(g)
except StopIteration as e:
    print('value', e.value)
