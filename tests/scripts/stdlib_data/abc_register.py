# abc: virtual subclasses (register) and __subclasshook__, seen through
# isinstance/issubclass, which must consult the metaclass's
# __instancecheck__/__subclasscheck__.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return 'circle'


token = abc.get_cache_token()
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable.register(Circle) is Circle)
print(abc.get_cache_token() > token)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable in Circle.__mro__, hasattr(Circle, 'register'))
print(Drawable.register(Circle) is Circle)   # registering twice is harmless


# As a class decorator; a subclass of a registered class is a subclass too.
@Drawable.register
class Square:
    pass


class BigSquare(Square):
    pass


print(isinstance(BigSquare(), Drawable), issubclass(BigSquare, Drawable))


# Registering with a sub-ABC makes the class a virtual subclass of the base.
class Fancy(Drawable):
    pass


class Star:
    pass


print(issubclass(Star, Drawable))
Fancy.register(Star)
print(issubclass(Star, Fancy), issubclass(Star, Drawable), isinstance(Star(), Drawable))

# Built-in types can be registered.
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance('x', Drawable))
print(issubclass(bool, Drawable), issubclass(str, Drawable))
print(isinstance(3, (str, Drawable)), issubclass(int, (str, Fancy)))

# Errors.
try:
    Drawable.register(3)
except TypeError as e:
    print('TypeError:', e)
try:
    Fancy.register(Drawable)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print('TypeError:', e)


# __subclasshook__: structural checks, as collections.abc uses them.
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


class SubBox(Box):
    pass


class Empty:
    pass


class Sub(HasLen):
    pass


print(issubclass(Box, HasLen), issubclass(SubBox, HasLen), issubclass(Empty, HasLen))
print(isinstance([], HasLen), isinstance(5, HasLen), isinstance(Box(), HasLen))
# The hook answers only for HasLen itself: Sub falls back to the normal rules.
print(issubclass(Box, Sub), issubclass(Sub, HasLen))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError:', e)


# A metaclass of one's own can define the hooks too.
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance('a', EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(int, EvenNumber))
# An exact type match does not consult __instancecheck__.
print(isinstance(EvenNumber.__new__(EvenNumber), EvenNumber))
