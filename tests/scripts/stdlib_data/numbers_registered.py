# numbers: int and float are registered (virtual) members of the tower, so
# isinstance()/issubclass() must consult ABCMeta.__instancecheck__ /
# __subclasscheck__; statistics and fractions accept registered types.
import numbers
from fractions import Fraction

for value in (3, True, 2.5, Fraction(1, 3), 'x', None):
    print(repr(value), [isinstance(value, c) for c in
                        (numbers.Number, numbers.Complex, numbers.Real,
                         numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational),
      issubclass(bool, numbers.Number), issubclass(str, numbers.Number))


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


numbers.Real.register(Meters)
print(isinstance(Meters(2), numbers.Real), issubclass(Meters, numbers.Complex),
      Fraction(1, 2) + Meters(2) if False else 'ok')
