# dataclasses: fields, asdict, astuple, replace, is_dataclass, make_dataclass.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, InitVar, Field, MISSING)
from collections import namedtuple, OrderedDict

Pair = namedtuple('Pair', 'left right')


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, metadata={'unit': 'none'})


@dataclass
class Order:
    id: int
    items: list
    extra: dict = field(default_factory=dict)
    pair: Pair = None
    origin: tuple = ()


o = Order(1, [Item('a', 1.5, ['x']), Item('b')], {'k': Item('c')}, Pair(Item('d'), 2), (Item('e'),))
print(asdict(o))
print(astuple(o))
d = asdict(o)
d['items'][0]['tags'].append('changed')
print(o.items[0].tags, type(d['pair']).__name__)
print(asdict(Item('z'), dict_factory=OrderedDict))
print(astuple(Item('z'), tuple_factory=list))

fs = fields(Item)
print(len(fs), [f.name for f in fs], [f.type for f in fs], fs[1].default, fs[2].default_factory)
print(fs[0].default is MISSING, fs[2].metadata['unit'], len(fs[2].metadata), dict(fs[2].metadata))
print(isinstance(fs[0], Field), fs[0].init, fs[0].repr, fs[0].hash, fs[0].compare, fs[0].kw_only)
print(fields(Item('q')) == fs, repr(fs[1]).split('default_factory')[0], repr(fs[1]).split(',init')[1])
print(is_dataclass(Item), is_dataclass(Item('w')), is_dataclass(3), is_dataclass(Pair))

i = Item('pen', 2.0)
j = replace(i, price=3.0)
print(i, j, i is not j, replace(i))


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.a *= scale


w = WithInitVar(2, 10)
print(w, replace(w, scale=3), replace(w, a=5))


@dataclass
class NeedsInitVar:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        pass


for action in (lambda: replace(w, b=1), lambda: replace(NeedsInitVar(1, 2), a=3),
               lambda: replace(i, colour='red'), lambda: replace(3, a=1),
               lambda: asdict(Item), lambda: astuple([1]), lambda: fields(3),
               lambda: fields(Pair)):
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

Point = make_dataclass('Point', ['x', ('y', int), ('z', int, field(default=5))])
p = Point(1, 2)
print(p, [f.type for f in fields(Point)], Point(1, 2) == Point(1, 2, 5))
Frozen = make_dataclass('Frozen', [('v', int)], frozen=True, namespace={'double': lambda self: self.v * 2})
print(Frozen(4).double(), hash(Frozen(4)) == hash((4,)))
Sub = make_dataclass('Sub', [('extra', int, field(default=0))], bases=(Item,))
print(Sub('n', 1.0), [f.name for f in fields(Sub)])
for bad in (['x', 'x'], ['class'], [('1x', int)], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError:', e)
