# PEP 487: __init_subclass__ and __set_name__, run by type.__new__ — so for
# class statements and for type(name, bases, ns) alike.
class Registry:
    plugins = []

    def __init_subclass__(cls, /, key=None, **kwargs):
        # A plain function named __init_subclass__ is an implicit classmethod.
        super().__init_subclass__(**kwargs)
        cls.key = key
        Registry.plugins.append((cls.__name__, key))


class First(Registry, key='first'):
    pass


class Second(First):   # no keyword: key=None, inherited hook
    pass


Third = type('Third', (Registry,), {})
print(Registry.plugins, First.key, Second.key, Third.key)
print(type(Registry.__dict__['__init_subclass__']).__name__)

# An explicit @classmethod works the same; the hook is not called for the
# class that defines it.
class Counted:
    made = []

    @classmethod
    def __init_subclass__(cls, **kw):
        Counted.made.append(cls.__name__)


class C1(Counted):
    pass


class C2(C1):
    pass


print(Counted.made)

# Unused class keywords reach object.__init_subclass__, which refuses them.
try:
    class Extra(Registry, key='k', colour='red'):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class NoHook(color='blue'):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    type('Z', (), {}, flag=1)
except TypeError as e:
    print('TypeError', e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print('TypeError', e)

# __set_name__ gets the owner and the attribute name, in definition order.
class Field:
    def __init__(self):
        self.name = self.owner = None

    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner, self.name = owner, name

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, 'unset')


class Model:
    alpha = Field()
    beta = Field()
    plain = 3


print(Model.alpha.name, Model.beta.owner.__name__, Model().alpha)
Dyn = type('Dyn', (), {'gamma': Field()})
print(Dyn.gamma.name, Dyn.gamma.owner is Dyn)

# The same descriptor under two names is told about both.
shared = Field()
Twice = type('Twice', (), {'one': shared, 'two': shared})
print(shared.name)

# __set_name__ runs before __init_subclass__; both see the finished class.
class Order:
    def __init_subclass__(cls):
        print('init_subclass sees', cls.__name__, sorted(k for k in vars(cls) if not k.startswith('__')))


class Ordered(Order):
    f = Field()

# A failing __set_name__ is reported as a RuntimeError caused by it.
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError('cannot name ' + name)


try:
    class HasBroken:
        b = Broken()
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', repr(e.__cause__), e.__suppress_context__)

# __set_name__ is looked up on the type, not the instance.
class NotAHook:
    pass


n = NotAHook()
n.__set_name__ = lambda owner, name: print('never')


class UsesN:
    attr = n


print('instance attribute ignored')

# super() and __class__ work inside methods of the class being defined,
# and in __init_subclass__ called while the subclass is created.
class Parent:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag = __class__.__name__ + '->' + cls.__name__

    def who(self):
        return __class__.__name__


class Child(Parent):
    def who(self):
        return 'child of ' + super().who()


print(Child.tag, Child().who())
