# enum features that need more of the class machinery from the runtime:
# the class statement calling EnumType.__prepare__ (auto() resolved while
# the body runs, names bound twice refused), a metaclass __setattr__ /
# __delattr__ / __getattr__ / __dir__, private name mangling, and members of
# int-based enums holding attributes of their own.
from enum import Enum, IntEnum, Flag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(repr(Color.WHITE), list(Color))

for name, action in (('reassign', lambda: setattr(Color, 'RED', 5)),
                     ('delete', lambda: delattr(Color, 'RED')),
                     ('missing', lambda: Color.NOPE)):
    try:
        action()
        print(name, 'allowed')
    except AttributeError as e:
        print(name, 'AttributeError:', e)
Color.extra = 1
print(Color.extra, Color.RED)
print(dir(Color))


def twice():
    class Twice(Enum):
        A = 1
        A = 2


def member_then_method():
    class Clash(Enum):
        A = 1

        def A(self):
            pass


for f in (twice, member_then_method):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)


class Week(Enum):
    __secret = 'hidden'
    MON = 1


print(list(Week), Week._Week__secret)


class Coord(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    X = (1, 'ex')
    Y = (2, 'why')


print(Coord.Y.label, Coord.X + 1)
