# A metaclass's __prepare__ gives the namespace the class body runs in; the
# body's name operations go through that mapping's methods.
class RecordingDict(dict):
    def __init__(self, log):
        super().__init__()
        self.log = log

    def __setitem__(self, key, value):
        self.log.append(('set', key))
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.log.append(('del', key))
        super().__delitem__(key)

    def __getitem__(self, key):
        self.log.append(('get', key))
        return super().__getitem__(key)


class Meta(type):
    log = []

    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        mcls.log.append(('prepare', name, bases, kwds))
        return RecordingDict(mcls.log)

    def __new__(mcls, name, bases, ns, **kwds):
        mcls.log.append(('new', type(ns).__name__, kwds))
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kwds):
        mcls = type(cls)
        mcls.log.append(('init', name, kwds))
        super().__init__(name, bases, ns)


class Base:
    def __init_subclass__(cls, **kwds):
        Meta.log.append(('init_subclass', cls.__name__, kwds))


class C(Base, metaclass=Meta, flavour='mint', size=2):
    x = 1
    y = x + 1
    x = 3
    tmp = 0
    del tmp
    label: str = 'c'
    print('body sees len', len)   # not in the namespace: KeyError then builtins


for entry in Meta.log:
    print(entry)
print(C.x, C.y, C.label, C.__annotations__, hasattr(C, 'tmp'), type(C).__name__)

# A namespace with __missing__ provides names the body never assigned.
class AutoNames(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key.upper()
        raise KeyError(key)


class AutoMeta(type):
    def __prepare__(name, bases):
        return AutoNames()


class Auto(metaclass=AutoMeta):
    a = auto_one
    b = auto_two + '!'
    c = len('abc')


print(Auto.a, Auto.b, Auto.c)

# Keywords reach __prepare__, the metaclass and __init_subclass__ in order.
class KwMeta(type):
    def __prepare__(name, bases, **kw):
        print('prepare', name, kw)
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)


class KwBase(metaclass=KwMeta):
    def __init_subclass__(cls, /, **kw):
        print('init_subclass', cls.__name__, kw)


class KwChild(KwBase, b=2, a=1):
    pass


# __prepare__ must return a mapping.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print('TypeError', e)

# A metaclass that is not a class: called as it is, no __prepare__ needed.
def function_meta(name, bases, ns, **kw):
    print('function_meta', name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 'made by ' + name


class F(int, metaclass=function_meta, extra=1):
    z = 0


print(F)

# The most derived metaclass among the bases wins; unrelated ones conflict.
class M1(type):
    pass


class M2(M1):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


class Both(A1, A2):
    pass


print(type(Both).__name__)


class Other(type):
    pass


class O1(metaclass=Other):
    pass


try:
    class Clash(A1, O1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Clash2(O1, metaclass=M1):
        pass
except TypeError as e:
    print('TypeError', e)

print(type.__prepare__('name', (), anything=1), type.__prepare__())
