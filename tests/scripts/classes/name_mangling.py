# Private name mangling: inside a class, `__x` means `_Class__x`.
class Account:
    __count = 0                       # stored as _Account__count

    def __init__(self, owner, __secret='pin'):
        self.__owner = owner          # attribute _Account__owner
        self.__secret = __secret      # parameter _Account__secret
        Account.__count += 1

    def __hidden(self):
        return 'hidden ' + self.__owner

    def show(self):
        return self.__hidden(), self.__secret, Account.__count

    @classmethod
    def count(cls):
        return cls.__count


a = Account('ann')
print(a.show(), Account.count())
print(sorted(k for k in vars(a)))
print(sorted(k for k in vars(Account) if 'Account' in k))
print(a._Account__owner, Account._Account__hidden.__name__, Account._Account__hidden.__qualname__)
print(hasattr(a, '__owner'), hasattr(Account, '__hidden'))

# Names ending in __ and dunders are not mangled; a single leading underscore neither.
class Plain:
    __dunder__ = 1
    _single = 2
    __ = 3
    ___ = 4
    __x_ = 5


print(sorted(k for k in vars(Plain) if not k.startswith('__') or k in ('__dunder__', '__', '___')))

# Leading underscores of the class name are stripped; all-underscore names mangle nothing.
class _Private:
    __a = 1


class __Double:
    __a = 1


class ___:
    __a = 1


class Weird__:
    __a = 1


print([k for k in vars(_Private) if k.endswith('__a')], [k for k in vars(__Double) if k.endswith('__a')],
      [k for k in vars(___) if k.endswith('__a')], [k for k in vars(Weird__) if k.endswith('__a')])

# Nested classes mangle with the innermost class; functions inside a class
# (and lambdas, comprehensions) with the enclosing class.
class Outer:
    __o = 'outer'

    class Inner:
        __i = 'inner'

        def get(self):
            return self.__i

    def get(self):
        f = lambda: self.__o
        return f(), [self.__o for _ in range(1)], self.Inner().get()

    class __Hidden:
        pass


print(Outer().get(), sorted(k for k in vars(Outer.Inner) if 'Inner' in k))
print('_Outer__Hidden' in vars(Outer), Outer._Outer__Hidden.__name__, Outer._Outer__Hidden.__qualname__)

# Keyword arguments at a call are not mangled, but parameter names are.
class Kw:
    def method(self, __p, *, __k=10):
        return __p + __k

    def call(self):
        return self.method(1, _Kw__k=2)

    def bad_call(self):
        return self.method(1, __k=2)


print(Kw().call(), Kw.method.__code__.co_varnames, Kw.method.__kwdefaults__)
try:
    Kw().bad_call()
except TypeError as e:
    print('TypeError', e)

# Annotations in a class body and of parameters use the mangled names.
class Ann:
    __x: int = 1
    __y: str

    def f(self, __a: int) -> None:
        pass


print(Ann.__annotations__, Ann.f.__annotations__)

# global / nonlocal / del / except-as / import-as inside a class.
__module_level = 'module'
_G__gl = 'mangled global'


class G:
    def read(self):
        return __module_level

    def set_global(self):
        global __gl
        __gl = 'set by G'
        return __gl

    def nested(self):
        __n = 1

        def inner():
            nonlocal __n
            __n += 1
            return __n
        return inner()

    try:
        raise KeyError('k')
    except KeyError as __err:
        caught = repr(__err)
    import math as __m
    __tmp = 1
    del __tmp


try:
    G().read()
except NameError as e:
    print('NameError', e)
print(G().set_global(), _G__gl, G().nested(), G.caught, G._G__m.__name__, hasattr(G, '_G__tmp'))

# getattr/setattr with strings are not mangled.
class S:
    def put(self):
        setattr(self, '__raw', 1)
        self.__mangled = 2
        return sorted(vars(self)), getattr(self, '__raw')


print(S().put())

# Calling a mangled name from outside fails with the unmangled name in the message.
try:
    a.__hidden()
except AttributeError as e:
    print('AttributeError', e)

# Imports: the bound name and an undotted module name are mangled, the
# attribute steps of a dotted import are not.
class Imp:
    import _Imp__mangled_mod as __direct
    import __mangled_mod
    from __mangled_mod import __private, value as __v
    import os.path as __osp


print(Imp._Imp__mangled_mod.value, Imp._Imp__direct is Imp._Imp__mangled_mod)
print(Imp._Imp__private, Imp._Imp__v, Imp._Imp__osp.__name__ in ('posixpath', 'ntpath'))
