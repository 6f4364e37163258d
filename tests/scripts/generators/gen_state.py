def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running if hasattr(gen, 'gi_running') else False)
print(list(gen), list(gen))
print(next(gen, 'done'))
def selfref():
    x = yield 1
    print('got', x)
    yield x
s = selfref()
print(next(s))
print(s.send('v'))
print(list(s))
def counter():
    c = 0
    while c < 3:
        c += 1
        yield c
a = counter()
b = counter()
print(next(a), next(a), next(b), next(a), next(b))
def running():
    yield gen2.gi_running if False else 'r'
gen2 = running()
print(list(gen2))
def recursive_gen():
    yield 1
    try:
        yield from rg
    except ValueError as e:
        yield 'ValueError: ' + str(e)
rg = recursive_gen()
print(next(rg))
print(next(rg))
print(iter(gen) is gen, type(iter(gen)).__name__)
