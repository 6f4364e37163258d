# Functions, classes, built-in functions and methods travel by name.
import math
import pickle

def rt(x):
    return pickle.loads(pickle.dumps(x))

def square(x):
    return x * x

class Shape:
    sides = 0
    class Kind:
        pass
    def area(self):
        return 42
    @staticmethod
    def make():
        return 'made'
    @classmethod
    def build(cls):
        return cls.__name__

for obj in [square, Shape, Shape.Kind, len, print, math.sqrt, int, list, dict, object, type, Exception,
            ValueError, abs, sorted, isinstance, math.floor, type(None), type(Ellipsis), type(NotImplemented),
            Shape.make, pickle.dumps, pickle.Pickler]:
    r = rt(obj)
    print(repr(r)[:50] if not callable(r) else getattr(r, '__qualname__', r), r is obj)

print(rt(square)(7), rt(math.sqrt)(81.0), rt(len)([1, 2]))

# Functions inside data structures are shared by reference.
funcs = rt({'f': square, 'g': [square, len]})
print(funcs['f'] is square, funcs['g'][0] is square, funcs['g'][1] is len)

# Bound methods: the object and the method name.
s = Shape()
s.tag = 't'
m = rt(s.area)
print(m(), type(m.__self__).__name__, m.__self__.tag)
print(rt(Shape.build)())
print(rt([1, 2, 3].count)(2))
print(rt('hello'.upper)())
print(rt(str.upper)('abc'))
print(rt({'a': 1}.get)('a'))

# Lambdas and local objects cannot be found by name.
try:
    pickle.dumps(lambda x: x)
except pickle.PicklingError as e:
    print('PicklingError:', str(e).split(' at ')[0], '...', str(e).split('>: ')[1])

def outer():
    def inner():
        pass
    class Local:
        pass
    return inner, Local

inner, Local = outer()
for obj in (inner, Local, Local()):
    try:
        pickle.dumps(obj)
    except AttributeError as e:
        print('AttributeError:', e)

# A name that now refers to something else.
def original():
    pass

saved = original

def original():
    pass

try:
    pickle.dumps(saved)
except pickle.PicklingError as e:
    print('PicklingError:', str(e).split(' at ')[0], '...', str(e).split('>: ')[1])

# A function whose __module__ cannot be imported.
def orphan():
    pass

orphan.__module__ = 'no_such_module_xyz'
try:
    pickle.dumps(orphan)
except pickle.PicklingError as e:
    print('PicklingError:', str(e).split(' at ')[0], '...', str(e).split('>: ')[1])

# A global that disappears before loading.
class Temporary:
    pass

data = pickle.dumps(Temporary())
del Temporary
try:
    pickle.loads(data)
except AttributeError as e:
    print('AttributeError:', str(e).split(' on ')[0])
