o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError', e)
print(object.__name__, object.__bases__, [c.__name__ for c in int.__mro__])
class A:
    pass
a = A()
print(a.__eq__(a), a.__eq__(A()), a.__ne__(a), A.__eq__ is object.__eq__)
print(type(a.__str__()).__name__, a.__str__() == a.__repr__())
print(object.__new__(A).__class__.__name__)
print(isinstance(1, object), isinstance(None, object), isinstance(A, object), issubclass(A, object))
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
print(A.__init__ is object.__init__, hasattr(a, '__dict__'), hasattr(o, '__dict__'))
print(a.__class__.__name__, a.__class__.__class__.__name__)
print('__init__' in dir(object), '__len__' in dir(object))
