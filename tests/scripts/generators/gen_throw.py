def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
            yield 'recovered'
g = catcher()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
try:
    g.throw(KeyError('not handled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(g, 'dead'))
def simple():
    yield 1
    yield 2
s = simple()
try:
    s.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted throw', e)
print(list(s))
def with_finally():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('cleanup')
w = with_finally()
next(w)
try:
    w.throw(TypeError)
except TypeError as e:
    print('TypeError class thrown', repr(e))
def ret_on_throw():
    try:
        yield 1
    except ValueError:
        return 'returned'
r = ret_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print('StopIteration', e.value)
