# abc: abstract methods block instantiation until every one is overridden.
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        """Area of the shape."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s area=%s' % (type(self).__name__, self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


def attempt(cls, *args):
    try:
        obj = cls(*args)
        print('made', type(obj).__name__)
        return obj
    except TypeError as e:
        print('TypeError:', e)


attempt(Shape)
attempt(Half)
sq = attempt(Square, 3)
print(sq.describe(), sq.perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
print(Square.__abstractmethods__, type(Square.__abstractmethods__).__name__)
print(ABC.__abstractmethods__)
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta), isinstance(sq, Shape))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Shape, ABC))


# Abstract properties, classmethods and staticmethods (abstractmethod innermost).
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


class OnlyName(Base):
    @property
    def name(self):
        return 'only'


class Full(OnlyName):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'helped'


attempt(Base)
attempt(OnlyName)
f = Full.make()
print(f.name, f.helper(), Full.helper(), sorted(OnlyName.__abstractmethods__))

# A single abstract method: singular "method" in the message.
class One(ABC):
    @abstractmethod
    def run(self):
        pass


attempt(One)
print(One.run.__isabstractmethod__, hasattr(Square.area, '__isabstractmethod__'))

# An abstract method may be called through super().
class Two(One):
    def run(self):
        return ('two', super().run())


print(Two().run())

# Deprecated spellings still work.
class Old(ABC):
    @abc.abstractclassmethod
    def cm(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def sm():
        return 'sm'


attempt(Old)


class NewOld(Old):
    @classmethod
    def cm(cls):
        return 'new ' + cls.__name__

    @staticmethod
    def sm():
        return 'new sm'


print(NewOld.cm(), NewOld.sm(), Old.cm(), Old.sm())


# update_abstractmethods after a class decorator fills a method in.
class Todo(ABC):
    @abstractmethod
    def work(self):
        ...


class Later(Todo):
    pass


print(sorted(Later.__abstractmethods__))
Later.work = lambda self: 'done'
attempt(Later)
print(update_abstractmethods(Later) is Later, sorted(Later.__abstractmethods__))
print(Later().work())
print(update_abstractmethods(int) is int)

# A class with no abstract methods instantiates fine; the token is an int.
class Plain(ABC):
    pass


print(type(Plain()).__name__, isinstance(abc.get_cache_token(), int))
