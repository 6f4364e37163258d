# PEP 604: `X | Y` on classes gives a types.UnionType, usable with
# isinstance() and issubclass().
import types
import collections

IntOrStr = int | str
print(IntOrStr, type(IntOrStr), type(IntOrStr) is types.UnionType, IntOrStr.__args__)
print(int | None, None | int, (int | None).__args__)
print(int | int, int | str | int, (int | str) | (str | bytes), int | (str | float))
print(list[int] | None, dict[str, list[int]] | int, list[int] | list[int], list[int] | list[str])
print(collections.OrderedDict | types.ModuleType | None)


class Outer:
    class Inner:
        pass


print(Outer.Inner | Outer, type.__or__(int, str), type.__ror__(int, str), IntOrStr.__or__(bytes))

# Equality ignores order; hashes agree with equality.
print((int | str) == (str | int), (int | str) == (int | str | int), (int | str) != (int | bytes),
      hash(int | str) == hash(str | int), len({int | str, str | int, int | bytes}))
print((int | str).__eq__(1), type.__or__(int, 3), IntOrStr.__or__('x'))

# isinstance / issubclass treat a union as the tuple of its arguments.
print(isinstance(3, int | str), isinstance('a', int | str), isinstance(3.5, int | str))
print(isinstance(None, int | None), isinstance(True, str | int), isinstance([], (dict, list | tuple)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))


class Base:
    pass


class Derived(Base):
    pass


print(isinstance(Derived(), Base | int), issubclass(Derived, int | Base))

# A parameterized generic in a union cannot answer isinstance().
for check in [lambda: isinstance([], int | list[int]), lambda: isinstance([], list[int]),
              lambda: issubclass(list, list[int])]:
    try:
        check()
    except TypeError as e:
        print('TypeError', e)

# Operands that are not classes, None, generic aliases or unions.
for bad in [lambda: int | 3, lambda: 3 | int, lambda: 'x' | int, lambda: None | None, lambda: int | [int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# Objects that know how to join a union through __ror__ / __or__ still can.
class Marker:
    def __ror__(self, other):
        return ('ror', other)

    def __or__(self, other):
        return ('or', other)


print(int | Marker(), Marker() | int)

try:
    types.UnionType()
except TypeError as e:
    print('TypeError', e)
try:
    (int | str)[int]
except TypeError as e:
    print('TypeError', e)
print((int | str).__parameters__, (int | None).__parameters__)

# `class C(list[int])`: a generic alias base stands for its origin.
class Numbers(list[int]):
    pass


print(Numbers.__bases__, Numbers.__orig_bases__, list[int].__mro_entries__(()))

# Annotations written with | evaluate at definition time.
def f(x: int | None = None) -> list[str] | None:
    return x


print(f.__annotations__)
