# dataclasses: the generated __init__, __repr__ and __eq__; defaults,
# default_factory, field() options, __post_init__, InitVar, inheritance,
# keyword-only fields.
from dataclasses import dataclass, field, InitVar, KW_ONLY, MISSING, fields


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, repr(Point(2, 3)), Point(x=4, y=5), Point(1) == Point(1, 0), Point(1) == Point(2))
print(Point(1) != Point(1), Point(1) == (1, 0), Point.y, 'x' in Point.__dict__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__init__.__annotations__)
print(Point.__match_args__, Point.__dataclass_params__)
p.x = 10
print(p, p.__dict__)


def show_error(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', e)


show_error(Point)
show_error(Point, 1, 2, 3)
show_error(Point, 1, z=3)
show_error(Point, 1, x=2)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)
    cache: dict = field(default_factory=dict, init=False, repr=False)
    note: str = field(default='n', init=False)


a = Inventory('a')
b = Inventory('a')
a.tags.append('t')
print(a, b, a.tags is b.tags, a.cache, a.note)
print(Inventory('x', ['t'], 1, 'one') == Inventory('x', ['t'], 1, 'two'))
print(Inventory('x', count=2) == Inventory('x', count=3))
print(hasattr(Inventory, 'tags'), hasattr(Inventory, 'cache'), Inventory.count, Inventory.note)
show_error(Inventory, 'x', note='m')


@dataclass
class Temperature:
    celsius: float
    kelvin_offset: InitVar[float] = 273.15
    kelvin: float = field(init=False)

    def __post_init__(self, kelvin_offset):
        self.kelvin = self.celsius + kelvin_offset


t = Temperature(10)
print(t, Temperature(1, 2), [f.name for f in fields(t)], hasattr(t, 'kelvin_offset'))
print(repr(InitVar[int]), repr(InitVar[list[int]]))


@dataclass
class Validated:
    value: int

    def __post_init__(self):
        if self.value < 0:
            raise ValueError('negative value: %d' % self.value)


print(Validated(3))
show_error(Validated, -1)


# Inheritance: base fields come first; a subclass may redefine a field.
@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 5


print(Derived(0), Derived(0, 1, 2), [f.name for f in fields(Derived)])


class Plain(Base):
    def extra(self):
        return self.x


print(Plain(7), Plain(7).extra())


# Keyword-only fields.
@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 0


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


@dataclass
class MixedKw:
    a: int = field(kw_only=True)
    b: int = 3


print(Options('p', verbose=True), AllKw(a=1), MixedKw(4, a=5))
show_error(Options, 'p', True)
show_error(AllKw, 1)


# A field named self.
@dataclass
class Selfish:
    self: int


print(Selfish(3), Selfish(self=4))


# Class errors.
def non_default_after_default():
    @dataclass
    class C:
        x: int = 0
        y: int


def mutable_default():
    @dataclass
    class C:
        items: list = []


def both_defaults():
    field(default=1, default_factory=list)


def field_without_annotation():
    @dataclass
    class C:
        x = field(default=1)


def two_kw_only():
    @dataclass
    class C:
        a: KW_ONLY
        b: KW_ONLY


for f in (non_default_after_default, mutable_default, both_defaults,
          field_without_annotation, two_kw_only):
    show_error(f)


# eq=False keeps identity comparison; init=False and repr=False keep the class's own.
@dataclass(eq=False, repr=False)
class Identity:
    v: int

    def __repr__(self):
        return 'Identity!'


i = Identity(1)
print(i == Identity(1), i == i, i, hash(i) == hash(i))


@dataclass(init=False)
class OwnInit:
    v: int

    def __init__(self):
        self.v = 42


print(OwnInit(), MISSING is MISSING)


# Recursive structures print '...'.
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)
