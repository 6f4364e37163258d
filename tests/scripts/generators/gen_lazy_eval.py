def noisy(name, items):
    for x in items:
        print(name, 'produces', x)
        yield x
def mapped(f, it):
    for x in it:
        r = f(x)
        print('map', x, '->', r)
        yield r
g = mapped(lambda v: v * 2, noisy('src', [1, 2, 3]))
print('nothing yet')
print('first', next(g))
print('rest', list(g))
m = map(lambda v: print('lambda', v) or v, [1, 2])
print('map object created')
print(list(m))
f = filter(lambda v: print('test', v) or v % 2, range(4))
print(next(f), next(f))
z = zip(noisy('L', 'ab'), noisy('R', 'xyz'))
print(list(z))
