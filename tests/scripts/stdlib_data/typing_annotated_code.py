# typing: annotated code runs; get_type_hints, cast, overload, final,
# NewType, NamedTuple, TypedDict, Protocol definitions, TYPE_CHECKING.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Iterator,
                    Iterable, TypeVar, ClassVar, Final, Literal, NamedTuple, TypedDict,
                    Protocol, runtime_checkable, cast, overload, final, get_type_hints,
                    NewType, TYPE_CHECKING, Annotated, Required, NotRequired,
                    get_overloads, no_type_check, assert_never, is_typeddict)

if TYPE_CHECKING:
    import this_module_does_not_exist

T = TypeVar('T')
Number = Union[int, float]
UserId = NewType('UserId', int)


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def apply(f: Callable[[int], int], values: Iterable[int]) -> Iterator[int]:
    for v in values:
        yield f(v)


def scale(x: Number, factor: 'float' = 2.0) -> 'Number':
    return x * factor


def describe(mode: Literal['r', 'w'], *args: int, flag: bool = False, **kw: str) -> None:
    pass


class Node:
    kind: ClassVar[str] = 'node'
    limit: Final = 10
    value: int
    children: List['Node']
    parent: Optional['Node'] = None

    def __init__(self, value: int) -> None:
        self.value = value
        self.children = []

    def add(self, child: 'Node') -> 'Node':
        self.children.append(child)
        return self


print(first([3, 4]), first([], 'x'), list(apply(lambda v: v + 1, [1, 2])), scale(3))
n = Node(1).add(Node(2))
print(n.value, [c.value for c in n.children], Node.kind)
print(get_type_hints(first))
print(get_type_hints(scale))
print(get_type_hints(describe))
print(get_type_hints(Node))
print(get_type_hints(Node.add))
print(get_type_hints(Node.__init__), get_type_hints(len) if False else '')
print(first.__annotations__)


def with_extras(x: Annotated[int, 'positive'], y: 'Annotated[str, 1]') -> None:
    pass


print(get_type_hints(with_extras), get_type_hints(with_extras, include_extras=True))


@no_type_check
def untyped(x: 'this is not checked') -> 'nor this':
    return x


print(get_type_hints(untyped), untyped(5))
try:
    get_type_hints(3)
except TypeError as e:
    print('TypeError:', e)

print(cast(int, 'not an int'), cast('List[int]', [1]), UserId(5), UserId(5) + 1, UserId.__supertype__)
print(UserId.__name__, typing.Text is str, typing.AnyStr, TYPE_CHECKING)


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))
try:
    overload(lambda: 1)()
except NotImplementedError as e:
    print('NotImplementedError:', e)


@final
class Leaf:
    @final
    def done(self) -> bool:
        return True


print(Leaf.__final__, Leaf.done.__final__, Leaf().done())


# NamedTuple, class syntax and functional.
class Employee(NamedTuple):
    name: str
    id: int = 3

    def label(self) -> str:
        return '%s#%d' % (self.name, self.id)


e = Employee('ann')
print(e, e.label(), e._fields, e._field_defaults, Employee.__annotations__, e[0], e == ('ann', 3))
print(Employee('bob', 7)._replace(id=8), Employee._make(['cy', 1]), e._asdict(), isinstance(e, tuple))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__, Point(1, y=5).y)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'z'), Kw._fields)
for bad in ('order', 'overwrite'):
    try:
        if bad == 'order':
            class Bad(NamedTuple):
                a: int = 1
                b: int
        else:
            class Bad(NamedTuple):
                a: int

                def _asdict(self):
                    pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


# TypedDict: instances are plain dicts.
class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Blade Runner', year=1982)
print(m, type(m) is dict, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
Partial = TypedDict('Partial', {'a': int, 'b': str}, total=False)
print(Partial(a=1), sorted(Partial.__optional_keys__), Partial.__total__, is_typeddict(Movie), is_typeddict(dict))


class Extended(Movie):
    rating: NotRequired[float]
    director: Required[str]


print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), list(Extended.__annotations__))
try:
    class Mixed(Movie, int):
        pass
except TypeError as e:
    print('TypeError:', e)


# Protocols can be defined and implemented (structural checks need isinstance hooks).
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def __init__(self):
        self.closed = False

    def close(self) -> None:
        self.closed = True


class Explicit(SupportsClose):
    pass


def shut(thing: SupportsClose) -> None:
    thing.close()


r = Resource()
shut(r)
print(r.closed, SupportsClose._is_protocol, Explicit._is_protocol, type(Explicit()).__name__)
for action in (lambda: SupportsClose(), lambda: runtime_checkable(Resource)):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int:
        ...


print(HasLen._is_runtime_protocol, typing.SupportsInt.__name__, typing.SupportsAbs[int])
try:
    assert_never(3)
except AssertionError as e:
    print('AssertionError:', e)
