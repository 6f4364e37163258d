def f(a, b=2, c='c'):
    return a, b, c
print(f(1), f(1, 3), f(1, c=4), f(1, 2, 3))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def captured(v=n):
    return v
n = 20
print(captured())
def counted(d={}):
    d['calls'] = d.get('calls', 0) + 1
    return d['calls']
print(counted(), counted(), counted({}))
def expr_default(x=[i * i for i in range(3)]):
    return x
print(expr_default())
def kwdefaults(*, k=5, j):
    return k, j
print(kwdefaults(j=1), kwdefaults.__kwdefaults__)
print(f.__defaults__, captured.__defaults__)
