# enum: Flag and IntFlag combination, containment, iteration, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
import enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


RW = Perm.R | Perm.W
print(repr(RW), str(RW), format(RW), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(RW))
print(repr(~Perm.R), repr(~RW), repr(~Perm.RWX), repr(Perm.RWX), repr(Perm(7)))
print(list(Perm), len(Perm), list(RW), len(RW), list(Perm.RWX), list(Perm(0)))
print(Perm.R in RW, Perm.X in RW, RW in Perm.RWX, Perm.RWX in RW, Perm.R in Perm)
print(repr(RW & Perm.R), repr(RW ^ Perm.RWX), repr(RW & Perm.X), RW == Perm(6), RW is Perm(6))
print(Perm(6) is RW, Perm['RWX'], Perm.RWX.name, RW.name, RW.value, Perm(0).name)
print(Perm._boundary_ is STRICT, Perm.__members__.keys())
for bad in (8, 9, 'x', -1):
    try:
        Perm(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in RW
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7


print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.BLUE), repr(~Color.RED))
print([c.value for c in Color], Color(3), repr(Color.WHITE & ~Color.GREEN))


# Members defined out of value order iterate in definition order.
class Odd(Flag):
    B = 2
    A = 1
    C = 4


print(list(Odd), list(Odd.A | Odd.B | Odd.C), repr(Odd(3)))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = IPerm.R | IPerm.W
print(repr(rw), str(rw), format(rw), f'{rw:>3}', rw + 1, rw == 6, isinstance(rw, int))
print(repr(IPerm(8)), repr(IPerm(12)), repr(IPerm.R | 1), repr(1 | IPerm.R), repr(IPerm.R & 5))
print(repr(~IPerm.R), repr(~rw), repr(IPerm(0)), repr(IPerm(-1)), IPerm.R ^ 4)
print(list(IPerm), list(rw), IPerm.W in rw, IPerm._boundary_ is KEEP, int(IPerm.R | IPerm.X))


class Strict(Flag):
    A = 1
    B = 2


class Conform(Flag):
    A = 1
    B = 2


Conform._boundary_ = CONFORM


class Eject(Flag):
    A = 1
    B = 2


Eject._boundary_ = EJECT

print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
print(list(FlagBoundary), str(STRICT), repr(KEEP))
print(enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.bin(5, 8))


class Big(IntFlag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


print(list(Big), repr(Big.A | Big.D))
