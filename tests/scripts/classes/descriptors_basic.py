class Typed:
    def __init__(self, name, kind):
        self.name = '_' + name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('expected ' + self.kind.__name__)
        setattr(obj, self.name, value)
class Person:
    age = Typed('age', int)
    name = Typed('name', str)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
print(type(Person.age).__name__)
class Const:
    def __get__(self, obj, t):
        return 'const via ' + ('instance' if obj is not None else 'class')
class H:
    c = Const()
h = H()
h.__dict__['c'] = 'shadow'
print(H.c, h.c)
