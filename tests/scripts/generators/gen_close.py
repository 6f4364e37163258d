def worker():
    try:
        print('worker start')
        while True:
            yield 'work'
    except GeneratorExit:
        print('GeneratorExit received')
        raise
    finally:
        print('worker finally')
g = worker()
print(next(g))
print(next(g))
g.close()
print('closed')
g.close()
print(next(g, 'nothing after close'))
def never_started():
    try:
        yield 1
    finally:
        print('never printed')
ns = never_started()
ns.close()
print('closed unstarted')
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'should not yield'
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError', e)
def returns_in_exit():
    try:
        yield 1
    except GeneratorExit:
        print('cleanup and return')
        return
r = returns_in_exit()
next(r)
print(r.close())
def finishing():
    try:
        yield 1
    finally:
        print('finally on exhaustion')
print(list(finishing()))
