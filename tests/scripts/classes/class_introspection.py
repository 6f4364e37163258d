class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    """Thing doc."""
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
        self.b = [2]
    def method(self):
        return self.a
    @property
    def prop(self):
        return 'p'
t = Thing()
print(t.__dict__, vars(t), t.__dict__ is vars(t))
print([n for n in dir(t) if not n.startswith('__')])
print([n for n in dir(Thing) if not n.startswith('__')])
print(sorted(k for k in Thing.__dict__ if not k.startswith('__')))
print(t.__class__ is Thing, t.__class__.__name__, Thing.__name__, Thing.__qualname__)
print(Thing.__doc__, Base.__doc__, Thing.__module__)
t.__dict__['c'] = 3
print(t.c, sorted(vars(t)))
vars(t)['d'] = 4
print(t.d)
print(type(Thing.__dict__).__name__, 'method' in Thing.__dict__, 'base_method' in Thing.__dict__)
print(hasattr(t, 'base_method'), getattr(t, 'prop'), Thing.__bases__ == (Base,))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
