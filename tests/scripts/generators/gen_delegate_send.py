def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    while True:
        result = yield from inner()
        print('inner finished with', result)
        if result > 10:
            return 'outer done'
g = outer()
print(next(g))
print(g.send(3), g.send(4))
print(next(g))
print(g.send(20))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
def sub():
    try:
        yield 'sub1'
        yield 'sub2'
    except ValueError as e:
        yield 'sub caught ' + str(e)
    finally:
        print('sub finally')
def main():
    yield from sub()
    yield 'main after'
m = main()
print(next(m))
print(m.throw(ValueError('thrown through')))
print(next(m))
print(list(m))
m2 = main()
next(m2)
m2.close()
print('m2 closed')
