# A class's __doc__ can be replaced; descriptors report abstract methods;
# object.__subclasshook__; type(name, bases, ns) and its errors.
class Documented:
    """Original."""


class Bare:
    pass


print(Documented.__doc__, Bare.__doc__, '__doc__' in Bare.__dict__, Documented().__doc__)
Documented.__doc__ = 'Replaced.'
Bare.__doc__ = 'Set later.'
print(Documented.__doc__, Bare.__doc__, Bare().__doc__)


class Sub(Documented):
    pass


print(Sub.__doc__)
for bad in [lambda: setattr(int, '__doc__', 'x'), lambda: delattr(int, '__doc__'), lambda: delattr(Bare, '__doc__'),
            lambda: delattr(Bare, '__name__'), lambda: delattr(Bare, '__module__'), lambda: delattr(int, '__name__')]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def abstract(f):
    f.__isabstractmethod__ = True
    return f


def concrete(f):
    return f


print(property(abstract(lambda s: 1)).__isabstractmethod__,
      property(concrete(lambda s: 1)).__isabstractmethod__,
      property(None, abstract(lambda s, v: 1)).__isabstractmethod__,
      property().__isabstractmethod__)
print(staticmethod(abstract(lambda: 1)).__isabstractmethod__,
      classmethod(abstract(lambda c: 1)).__isabstractmethod__,
      staticmethod(concrete(lambda: 1)).__isabstractmethod__,
      classmethod(len).__isabstractmethod__)


class WithProps:
    @property
    @abstract
    def area(self):
        return 0

    @area.setter
    def area(self, v):
        pass

    @staticmethod
    @abstract
    def make():
        return 1


print(WithProps.__dict__['area'].__isabstractmethod__, WithProps.__dict__['make'].__isabstractmethod__)

print(object.__subclasshook__(), object.__subclasshook__(int), int.__subclasshook__(str), Bare.__subclasshook__())

# type(name, bases, ns) takes __module__ from the calling module.
Made = type('Made', (Bare,), {'x': 1})
print(Made.__module__, Made.__qualname__, repr(Made), Made.x, Made.__doc__)
Named = type('Named', (), {'__module__': 'elsewhere', '__qualname__': 'Outer.Named', '__doc__': 'Docs'})
print(repr(Named), Named.__module__, Named.__doc__, '__qualname__' in Named.__dict__)
for args, kw in [((1,), {'x': 1}), ((1, 2), {}), (('a', [], {}), {}), (('a', (), []), {}), ((1, (), {}), {}),
                 (('a', (), {'__qualname__': 1}), {}), (('a', (), {'__classcell__': 1}), {}),
                 (('a', (1,), {}), {})]:
    try:
        type(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    type.__new__(type, 1)
except TypeError as e:
    print('TypeError', e)
print(type(5), type.__new__(type, 'N', (), {}).__name__)
