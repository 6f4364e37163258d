x = 'outer x'
res = [x for x in range(3)]
print(res, x)
i = 99
_ = [i for i in range(5)]
print(i)
print({x: 1 for x in 'ab'}, x)
print(sorted({x for x in 'cd'}), x)
def f():
    y = 10
    return [y + n for n in range(3)]
print(f())
def g():
    fs = [lambda: n for n in range(3)]
    return [fn() for fn in fs]
print(g())
def h():
    fs = [lambda n=n: n for n in range(3)]
    return [fn() for fn in fs]
print(h())
try:
    print(n)
except NameError as e:
    print('NameError', e)
print([[k for k in range(j)] for j in range(3)])
def walrus_leak():
    [last := v for v in range(4)]
    return last
print(walrus_leak())
outer_list = [1, 2, 3]
print([v for v in outer_list if v in outer_list[1:]])
