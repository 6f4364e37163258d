class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__')
        return 'A-radd'
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
class B:
    def __radd__(self, o):
        print('B.__radd__')
        return 'B-radd'
    def __eq__(self, o):
        print('B.__eq__')
        return NotImplemented
print(A() + B())
print(1 + A())
print(A() == B())
print(A() != B())
class Sub(int):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
    def __add__(self, o):
        return 'Sub.__add__'
print(1 + Sub(2), Sub(2) + 1)
class Base:
    def __mul__(self, o):
        return 'Base.__mul__'
    def __rmul__(self, o):
        return 'Base.__rmul__'
class Derived(Base):
    def __rmul__(self, o):
        return 'Derived.__rmul__'
print(Base() * Derived(), Derived() * Base())
class Never:
    def __lt__(self, o):
        return NotImplemented
try:
    Never() < Never()
except TypeError as e:
    print('TypeError', e)
print(NotImplemented, type(NotImplemented).__name__)
