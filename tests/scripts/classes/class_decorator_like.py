def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % kv for kv in vars(self).items())
        return '%s(%s)' % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 'b'), [Point(0, 0)])
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register('circle')
class Circle:
    pass
@register('square')
class Square:
    pass
print(sorted(registry), registry['circle'].__name__)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db('a').url, Db('b').url, Db('c') is Db('d'))
