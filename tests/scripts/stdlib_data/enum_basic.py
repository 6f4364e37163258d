# enum.Enum: members, lookup, iteration, aliases, repr/str/format, errors.
import copy
import pickle
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.BLUE}|{Color.BLUE:>12}|{Color.BLUE!r}')
print(Color(1), Color['GREEN'], Color(Color.BLUE), Color.CRIMSON is Color.RED, Color['CRIMSON'])
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name, Color.RED.describe(), Color.favourite())
print(repr(Color), str(Color), type(Color).__name__, bool(Color))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED) is Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(sorted(Color, key=lambda c: -c.value))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
print(pickle.loads(pickle.dumps(Color.BLUE)) is Color.BLUE, Color.RED.__reduce_ex__(2))
print(dir(Color.RED))


def show_error(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)


show_error(Color, 7)
show_error(Color, 'RED')
show_error(lambda: Color['NOPE'])
show_error(lambda: Color.RED < Color.GREEN)
show_error(lambda: 1 + Color.RED)
show_error(lambda: setattr(Color.RED, 'value', 5))
show_error(lambda: Color.RED.__class__(9))


# Members cannot be added to an enumeration with members.
def extend():
    class More(Color):
        PINK = 9


show_error(extend)


# But an enumeration without members can be subclassed.
class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Size(Ordered):
    S = 1
    M = 2
    L = 3


print(Size.S < Size.L, sorted([Size.L, Size.S, Size.M]), max(Size))


# auto() counts on from the last value.
class Step(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
    E = 'text'


print(list(Step))


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    X = auto()
    Y = auto()


print(list(Custom), repr(auto()))


# Values that are tuples go to __init__ as separate arguments.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 4))
print(repr(Planet.MERCURY), Planet((5.976e+24, 6.37814e6)))


# Unhashable values are found by comparison.
class Box(Enum):
    EMPTY = []
    ONE = [1]


print(Box([1]), Box.EMPTY.value, list(Box))


# _missing_ can find members for other values.
class Answer(Enum):
    YES = 'yes'
    NO = 'no'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Answer('YES'), Answer('No'))
show_error(Answer, 'maybe')


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'wrong'


show_error(BadMissing, 2)

# unique refuses aliases.
print(unique(Step) is Step)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


# _ignore_, private names, descriptors and nonmembers are not members.
class Week(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    MON = 1
    TUE = 2

    def helper(self):
        return self.name

    limit = property(lambda self: 99)


print(list(Week), Week.MON.helper(), Week.TUE.limit, hasattr(Week, 'tmp'))


# Reserved and invalid names.
def sunder():
    class S(Enum):
        _bad_ = 1


def mro_name():
    class M(Enum):
        mro = 1


def order_mismatch():
    class O(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


show_error(sunder)
show_error(mro_name)
show_error(order_mismatch)


class InOrder(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(InOrder))


def not_enum_last():
    class W(Enum, int):
        A = 1


show_error(not_enum_last)
show_error(Enum, 1)
