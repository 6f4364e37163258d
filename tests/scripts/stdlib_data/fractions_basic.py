# fractions.Fraction: construction, arithmetic, comparison, hashing,
# rounding, limit_denominator, from_float, errors.
import math
import copy
import pickle
from fractions import Fraction as F

print(F(), F(3), F(3, 4), F(-6, 8), F(6, -8), F(0, -5), F(F(1, 7), 5), F(F(1, 7), F(2, 3)))
for text in ('314', '-35/4', '3.1415', '-47e-2', ' 1_000.5 ', '+.5', '1E3', '7.', '0/3', '  -0.0  ', '1.5e+2'):
    print(repr(text), repr(F(text)))
print(F(1.47), F(2.25), F(-0.0), F(1e-300).denominator.bit_length(), F(True))
print(repr(F(1, 3)), str(F(1, 3)), str(F(4, 2)), F(4, 2).numerator, F(4, 2).denominator)

a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, 1.0 / a, a ** 2, a ** -2, F(-2, 3) ** 3, F(-2, 3) ** -3)
print(F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(-1), 8 ** F(1, 3), F(2) ** 0.5, 2.0 ** F(1, 2))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(1, 2) != F(1, 3), a < b, a > b, a <= F(1, 3))
print(a < 0.5, 0.5 > a, a < 1, F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1) == float('nan'))
print(sorted([F(1, 2), 0.3, 1, F(1, 3), -2]), max(F(1, 3), 0.3), min([F(5), 4.5]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1),
      hash(F(1, 3)) == hash(F(2, 6)), {F(1, 2): 'half'}[0.5], hash(F(1, 2 ** 61 - 1)))
print(float(F(1, 3)), int(F(-7, 2)), int(F(7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)),
      math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2),
      round(F(12345, 1), -2), bool(F(0)), bool(F(1, 9)))
pi = F('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(),
      F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(1), F(-7, 3).limit_denominator(2))
print(F.from_float(0.1), F.from_float(3), F(0.1).limit_denominator(), F.from_decimal(4), F(5, 3).as_integer_ratio())
print(copy.copy(a) is a, copy.deepcopy(a) is a, pickle.loads(pickle.dumps(a)) == a, a.real, a.imag, a.conjugate())
print(sum([F(1, n) for n in range(1, 11)]), math.fsum([F(1, 3), F(2, 3)]), F(10, 4).__floor__())


class MyFraction(F):
    pass


m = MyFraction(1, 2)
print(repr(m), repr(m + 1), type(copy.copy(m)).__name__)


def error(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)


error(F, 1, 0)
error(F, '1/0')
error(F, 'abc')
error(F, '1/2/3')
error(F, '1.2.3')
error(F, '')
error(F, '1 /2')
error(F, '_1')
error(F, '1__0')
error(F, '1e')
error(F, [1])
error(F, 1.5, 2)
error(F, float('nan'))
error(F, float('inf'))
error(F.from_float, '1.5')
error(F.from_decimal, 1.5)
error(lambda: F(1, 2) / 0)
error(lambda: F(1, 2) // F(0))
error(lambda: F(0) ** -1)
error(lambda: F(1, 2) + 'x')
error(lambda: F(1, 2) < 'x')
error(lambda: pi.limit_denominator(0))
