# enum: the functional API, Enum('Name', names).
import pickle
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum

Animal = Enum('Animal', 'ANT BEE CAT', module=__name__)
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__, Animal.__qualname__)
Pet = Enum('Pet', 'DOG,CAT, FISH', start=10, module=__name__)
print(list(Pet))
Pair = Enum('Pair', [('X', 'ex'), ('Y', 'why')], module=__name__)
print(list(Pair), Pair('why'))
Mapped = IntEnum('Mapped', {'LOW': 1, 'HIGH': 9}, module=__name__)
print(list(Mapped), Mapped.HIGH + 1, str(Mapped.LOW))
Names = Enum('Names', ['A', 'B'], module=__name__)
print(list(Names))
Bits = Flag('Bits', 'A B C', module=__name__)
print(list(Bits), repr(Bits.A | Bits.C))
IBits = IntFlag('IBits', 'A B', module=__name__)
print(list(IBits), IBits.A | 4)
Words = StrEnum('Words', 'HELLO WORLD', module=__name__)
print(list(Words), Words.HELLO == 'hello')
Typed = Enum('Typed', 'ONE TWO', type=int, module=__name__)
print(list(Typed), Typed.TWO * 10, isinstance(Typed.ONE, int))
Nested = Enum('Nested', 'A', module=__name__, qualname='Outer.Nested')
print(Nested.__qualname__, repr(Nested.A))
print(pickle.loads(pickle.dumps(Animal.CAT)) is Animal.CAT)
Empty = Enum('Empty', [], module=__name__)
print(list(Empty), len(Empty))
try:
    Animal('Bad', 'X Y')
except TypeError as e:
    print('TypeError:', e)
try:
    Enum()
except TypeError as e:
    print('TypeError:', e)
