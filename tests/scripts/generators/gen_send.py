def echo():
    received = None
    while True:
        received = yield 'got %r' % (received,)
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send(1))
print(g.send('hello'))
print(g.send(None))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration', e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 5)])
g2 = echo()
try:
    g2.send('x')
except TypeError as e:
    print('TypeError', e)
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield 'final %d' % total
acc = accumulate()
next(acc)
acc.send(5)
acc.send(7)
print(next(acc))
