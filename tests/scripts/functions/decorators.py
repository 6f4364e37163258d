def trace(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a, k)
        r = fn(*a, **k)
        print('ret', r)
        return r
    return wrapper
@trace
def add(x, y):
    return x + y
add(1, y=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'txt'
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a is not None)
def order(tag):
    print('factory', tag)
    def deco(fn):
        print('apply', tag)
        return fn
    return deco
@order('outer')
@order('inner')
def z(): pass
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
