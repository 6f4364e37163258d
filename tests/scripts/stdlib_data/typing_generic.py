# typing: user generic classes and isinstance with typing objects. Needs
# the class statement to honour __mro_entries__ (PEP 560, for
# `class Box(Generic[T])`) and isinstance()/issubclass() to consult
# __instancecheck__/__subclasscheck__ (for runtime-checkable protocols).
from typing import (Generic, TypeVar, List, Dict, Iterator, Protocol, Optional,
                    runtime_checkable, get_type_hints, Sequence, Union, Any)
import typing

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


class IntBox(Box[int]):
    pass


class Registry(Dict[str, T]):
    pass


class Stack(List[T]):
    def top(self) -> Optional[T]:
        return self[-1] if self else None


print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, Registry.__parameters__)
print(Box[int], Pair[str, int], Pair[str, List[V]], Pair[str, List[V]][float], Box[int].__origin__)
b = Box[int](3)
print(b.get(), b.__orig_class__, IntBox(5).get(), Box('x').get())
print(Box.__orig_bases__, IntBox.__orig_bases__, IntBox.__mro__)
s = Stack([1, 2])
print(s.top(), isinstance(s, list), Stack.__mro__, Registry(a=1))
print(get_type_hints(Box.get), get_type_hints(Stack.top))


def error(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)


error(lambda: Box[int, str])
error(lambda: Generic[int])
error(lambda: Generic[T, T])
error(lambda: Generic[()])
error(lambda: Box[int][str])


def plain_generic():
    class P(Generic):
        pass


def unlisted():
    class P(Generic[T], Dict[K, V]):
        pass


error(plain_generic)
error(unlisted)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass


class GenericProto(Protocol[T]):
    def get(self) -> T:
        ...


print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable))
print(GenericProto[int], GenericProto.__parameters__)
error(lambda: isinstance(3, GenericProto))
error(lambda: isinstance(3, List[int]))
error(lambda: isinstance(3, Union))
error(lambda: isinstance(3, Any))
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, Sequence),
      isinstance(3, Union[int, str]), isinstance(iter([]), Iterator))
