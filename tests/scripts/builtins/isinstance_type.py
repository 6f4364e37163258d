print(type(1), type('a'), type([]), type(None), type(type), type(print))
print(type(1).__name__, type(1.0).__name__, type(True).__name__, type(b'').__name__, type(range(1)).__name__)
print(type(int), type(3) is int, type(True) is int, type({}) == dict)
class A: pass
class B(A): pass
print(type(A()), type(B()).__mro__[1].__name__, type(A).__name__)
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance('s', str), isinstance(b's', str))
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(bool, int), issubclass(int, bool))
print(isinstance(int, type), isinstance(A, object), issubclass(type, object), issubclass(object, type))
T = type('T', (), {'x': 1})
print(T.__name__, T.x, type(T()).__name__, T.__bases__[0].__name__)
print(type(iter([])).__name__, type(iter(range(1))).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(x for x in []).__name__, type(lambda: 0).__name__, type(len).__name__)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(enumerate([])).__name__)
try:
    type()
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
