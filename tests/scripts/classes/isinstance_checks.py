class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(b, object), isinstance(A, type), isinstance(type, type), isinstance(int, object))
print(issubclass(B, (C, A)), issubclass(bool, (int,)), issubclass(int, object), issubclass(A, A))
print(isinstance(b, (C, (A, int))))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance('', str))
print(isinstance(None, type(None)), type(None).__name__)
print(type(b).__name__, type(B).__name__, type(type).__name__, type(len).__name__ != '')
print(type(b) == B, type(b) == A, type(b) is not A)
try:
    isinstance(b, 'A')
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(b, A)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(B, 5)
except TypeError as e:
    print('TypeError', e)
