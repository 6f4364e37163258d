# numbers: the abstract tower; a user Integral gets its mixin methods, an
# incomplete one cannot be instantiated; Fraction is a Rational.
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction

print([c.__name__ for c in Integral.__mro__])
print(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Complex),
      issubclass(Complex, Number), issubclass(Real, Integral), issubclass(Fraction, Rational))
print(isinstance(Fraction(1, 2), Rational), isinstance(Fraction(1, 2), Number),
      isinstance(Fraction(1, 2), Integral), Number.__hash__ is None)
print(sorted(Real.__abstractmethods__))
print(sorted(Rational.__abstractmethods__ - Real.__abstractmethods__))
print(sorted(Integral.__abstractmethods__ - Rational.__abstractmethods__))


class Digit(Integral):
    """A number 0..9 kept as an int, with just the abstract methods."""

    def __init__(self, v):
        self.v = int(v) % 10

    def __repr__(self):
        return 'Digit(%d)' % self.v

    def __int__(self):
        return self.v

    def __eq__(self, other):
        return int(self) == int(other)

    __hash__ = object.__hash__

    def _op(f):
        def method(self, other=None, *rest):
            return Digit(f(int(self), *(int(o) for o in (other,) + rest if o is not None)))
        return method

    __add__ = __radd__ = _op(lambda a, b: a + b)
    __mul__ = __rmul__ = _op(lambda a, b: a * b)
    __neg__ = _op(lambda a: -a)
    __pos__ = _op(lambda a: a)
    __abs__ = _op(abs)
    __invert__ = _op(lambda a: ~a)
    __truediv__ = __rtruediv__ = _op(lambda a, b: a // b)
    __floordiv__ = _op(lambda a, b: a // b)
    __rfloordiv__ = _op(lambda a, b: b // a)
    __mod__ = _op(lambda a, b: a % b)
    __rmod__ = _op(lambda a, b: b % a)
    __pow__ = _op(lambda a, b, m=None: pow(a, b, m))
    __rpow__ = _op(lambda a, b: b ** a)
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = _op(lambda a, b: a)
    __and__ = __rand__ = _op(lambda a, b: a & b)
    __or__ = __ror__ = _op(lambda a, b: a | b)
    __xor__ = __rxor__ = _op(lambda a, b: a ^ b)
    __lt__ = lambda self, other: int(self) < int(other)
    __le__ = lambda self, other: int(self) <= int(other)
    __trunc__ = __floor__ = __ceil__ = lambda self: int(self)
    __round__ = lambda self, ndigits=None: int(self)


d = Digit(7)
print(d, d + 5, d * 3, d - 2, 9 - d, float(d), d.numerator, d.denominator, d.real, d.imag,
      d.conjugate(), divmod(d, 3), divmod(8, Digit(3)), d.__index__(), bool(Digit(0)), bool(d))
print(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'][d], hex(Digit(12)), Fraction(d), Fraction(d, Digit(2)))
print(Fraction(1, 2) + d, isinstance(d, Rational), issubclass(Digit, Number))


class Half(Real):
    def __float__(self):
        return 0.5


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
try:
    Number.__hash__(3)
except TypeError as e:
    print('TypeError:', e)
