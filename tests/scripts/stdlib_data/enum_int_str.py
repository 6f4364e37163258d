# enum: IntEnum, StrEnum and enums mixed with a data type.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    UNO = 1


print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f'{Num.TWO:>4}|{Num.TWO:03d}|{Num.TWO!r}')
print(Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, 2 == Num.TWO, Num.TWO > Num.ONE, Num.ONE < 5)
print(hash(Num.ONE) == hash(1), {1: 'one'}[Num.ONE], Num(2), Num.UNO is Num.ONE, list(Num))
print(isinstance(Num.ONE, int), int(Num.TWO), Num.TWO.value, Num.TWO.name, ['a', 'b', 'c'][Num.TWO])
print(sorted([Num.TWO, 0, Num.ONE]), sum(Num), type(Num.ONE + 1).__name__)
print(Num.TWO.real, Num.TWO.bit_length(), Num.ONE.to_bytes(1, 'big'))
try:
    Num(3)
except ValueError as e:
    print('ValueError:', e)


class Auto(IntEnum):
    A = auto()
    B = auto()
    C = auto()


print(list(Auto), Auto.C + 0)


class Colour(StrEnum):
    RED = 'red'
    GREEN = auto()
    Blue = auto()


print(repr(Colour.RED), str(Colour.RED), format(Colour.RED), f'[{Colour.GREEN:>7}]')
print(Colour.RED == 'red', Colour('green'), Colour.Blue.value, Colour.RED.upper(), Colour.RED + '!')
print(isinstance(Colour.RED, str), len(Colour.GREEN), list(Colour), '-'.join(Colour))
for bad in (1, ('a', 1)):
    try:
        class Bad(StrEnum):
            X = bad
    except TypeError as e:
        print('TypeError:', e)


# A data type mixed in by hand: str() and format() are the enum's.
class Mixed(int, Enum):
    A = 1
    B = 2


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), f'{Mixed.B}', Mixed.A + Mixed.B)


class FloatEnum(float, Enum):
    HALF = 0.5
    QUARTER = 0.25


print(repr(FloatEnum.HALF), str(FloatEnum.QUARTER), FloatEnum.HALF * 2, FloatEnum(0.25))


class FloatRepr(float, ReprEnum):
    PI = 3.14


print(repr(FloatRepr.PI), str(FloatRepr.PI), format(FloatRepr.PI, '.1f'))


# A tuple value and a custom __new__ that sets _value_.
class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        return obj

    X = (1, 'ex')
    Y = (2, 'why')


print(Coord.X, Coord(2), Coord.X.value, Coord.X + 10, list(Coord))

try:
    class NoData(ReprEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)
