# dataclasses: frozen instances, ordering methods and the __hash__ rules.
from dataclasses import dataclass, field, FrozenInstanceError
import functools


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5)
print(c, hash(c) == hash((1.5, 0.0)), {c: 'here'}[Coord(1.5, 0.0)])
for action in (lambda: setattr(c, 'lat', 2), lambda: delattr(c, 'lon'),
               lambda: setattr(c, 'other', 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)


@dataclass(frozen=True)
class Coord3(Coord):
    alt: float = 0.0


c3 = Coord3(1, 2, 3)
print(c3, hash(c3) == hash((1, 2, 3)))


class Loose(Coord):
    pass


loose = Loose(1)
loose.extra = 'allowed on a plain subclass'
print(loose.extra)
try:
    loose.lat = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


def thaw():
    @dataclass
    class Thawed(Coord):
        pass


def freeze():
    @dataclass
    class Mutable:
        x: int

    @dataclass(frozen=True)
    class Frozen(Mutable):
        pass


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def own_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def own_setattr():
    @dataclass(frozen=True)
    class C:
        x: int

        def __setattr__(self, name, value):
            pass


def hash_clash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 0


for f in (thaw, freeze, order_without_eq, own_lt, own_setattr, hash_clash):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 'b'), Version(0, 9), Version(1, 0, 'a'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, 'x') == Version(1, 2, 'y'))
print(Version(1).__lt__(3), Version(1).__eq__(3))
try:
    Version(1) < 3
except TypeError as e:
    print('TypeError:', e)


# The hash rules: eq without frozen makes instances unhashable ...
@dataclass
class Mutable:
    x: int


print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as e:
    print('TypeError:', e)


# ... unless unsafe_hash, or eq=False, or the class has its own __hash__.
@dataclass(unsafe_hash=True)
class Forced:
    x: int
    y: list = field(default_factory=list, hash=False)
    z: int = field(default=0, compare=False)
    w: int = field(default=0, compare=False, hash=True)


print(hash(Forced(1, [1], 5, 2)) == hash((1, 2)))


@dataclass(eq=False)
class NoEq:
    x: int


n = NoEq(1)
print(hash(n) == object.__hash__(n))


@dataclass
class OwnHash:
    x: int

    def __hash__(self):
        return 7


print(hash(OwnHash(1)))


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int


print(FrozenNoEq.__hash__ is object.__hash__)


@functools.total_ordering
@dataclass
class Ranked:
    rank: int

    def __lt__(self, other):
        return self.rank < other.rank


print(Ranked(1) <= Ranked(2), Ranked(3) > Ranked(2))
