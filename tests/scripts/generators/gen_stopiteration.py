it = iter([1])
print(next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
def gen_return():
    yield 1
    return 'ret'
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('again', e.value)
def leaks():
    yield 1
    raise StopIteration('inside')
try:
    list(leaks())
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__))
def gen_none_return():
    yield 1
    return
g2 = gen_none_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print('None value', e.value)
print(next(iter(''), 'empty-default'))
