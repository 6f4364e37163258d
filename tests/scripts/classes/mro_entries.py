# PEP 560: a base that is not a class may name the real bases with
# __mro_entries__; the class keeps what was written in __orig_bases__.
class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return self.targets

    def __repr__(self):
        return 'Alias' + repr(self.targets)


class A:
    pass


class B:
    pass


class C(Alias(A, B)):
    pass


print(C.__bases__, C.__mro__, C.__orig_bases__)


class D(A, Alias(B)):
    pass


print(D.__bases__, D.__orig_bases__)

# An entry may vanish (an empty tuple) — the class then has just object.
class E(Alias()):
    pass


print(E.__bases__, E.__orig_bases__)

# Without any __mro_entries__ base there is no __orig_bases__ of its own.
class F(A):
    pass


print('__orig_bases__' in F.__dict__, '__orig_bases__' in C.__dict__)

# __mro_entries__ must return a tuple.
class BadEntries:
    def __mro_entries__(self, bases):
        return [A]


try:
    class G(BadEntries()):
        pass
except TypeError as e:
    print('TypeError', e)

# type() itself does not resolve them.
try:
    type('H', (Alias(A),), {})
except TypeError as e:
    print('TypeError', e)

# A non-class base without __mro_entries__ is an error from type.__new__.
try:
    class I(42):
        pass
except TypeError as e:
    print('TypeError', e)

# The metaclass sees the resolved bases and the namespace with __orig_bases__.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('meta got', bases, ns.get('__orig_bases__'))
        return super().__new__(mcls, name, bases, ns)


class J(Alias(A), metaclass=Meta):
    pass

# A class missing __class__ cell propagation: the metaclass dropped it.
class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, ns)


try:
    class K(metaclass=DropsCell):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError', e)

# A metaclass returning something else entirely.
class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(type, 'Other', (), dict(ns))


try:
    class L(metaclass=ReturnsOther):
        def f(self):
            return super()
except TypeError as e:
    print('TypeError', e)

class CellOk:
    def f(self):
        return __class__


print(CellOk().f() is CellOk, '__classcell__' in CellOk.__dict__)
