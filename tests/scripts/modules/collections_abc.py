import collections.abc
from collections.abc import Iterable, Mapping, MutableSequence, Sequence, Sized, Callable
from collections import OrderedDict, deque


class Bag(collections.abc.Sized):
    def __len__(self):
        return 3


print(isinstance([], Iterable), isinstance(5, Iterable))
print(isinstance({}, Mapping), isinstance(OrderedDict(), Mapping))
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance((), Sequence))
print(isinstance(deque(), MutableSequence))
print(len(Bag()), isinstance(Bag(), Sized), issubclass(list, Sized))
print(isinstance(len, Callable), isinstance(3, Callable))
print(collections.abc.Mapping.__name__, collections.abc.__name__)
try:
    collections.abc.Sequence()
except TypeError as e:
    print("TypeError:", e)
