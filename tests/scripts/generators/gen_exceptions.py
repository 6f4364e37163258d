def raiser():
    yield 1
    raise ValueError('from generator')
g = raiser()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
print(next(g, 'exhausted after error'))
def div_gen(xs):
    for x in xs:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield 'inf'
print(list(div_gen([1, 0, 5])))
def guarded(it):
    try:
        yield from it
    except KeyError as e:
        yield 'handled ' + repr(e)
def bad():
    yield 'ok'
    raise KeyError('k')
print(list(guarded(bad())))
def gen_recursion(n):
    yield n
    yield from gen_recursion(n + 1)
try:
    for v in gen_recursion(0):
        pass
except RecursionError as e:
    print('RecursionError', e)
def in_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print('finally', i)
print(list(in_loop()))
