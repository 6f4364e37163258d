class A:
    x = 'A.x'
    def f(self):
        return 'A.f'
class B(A):
    y = 'B.y'
b = B()
print(b.x, b.y, B.x, b.f(), B.f(b))
b.x = 'instance x'
print(b.x, B.x, A.x)
A.x = 'changed A.x'
print(B.x, B().x, b.x)
setattr(B, 'z', 'set z')
print(b.z, getattr(b, 'z'), hasattr(A, 'z'))
delattr(B, 'z')
print(hasattr(b, 'z'))
try:
    b.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    B.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    A().y
except AttributeError as e:
    print('AttributeError', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    (1).x = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    setattr([], 'x', 1)
except AttributeError as e:
    print('AttributeError', e)
