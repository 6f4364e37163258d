# Class instances: by class name plus state, without calling __init__.
import pickle

def rt(x, proto=None):
    return pickle.loads(pickle.dumps(x, proto))

inits = 0

class Point:
    def __init__(self, x, y):
        global inits
        inits += 1
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

p = Point(1, [2, 3])
for proto in range(6):
    r = rt(p, proto)
    print(proto, r, r == p, type(r) is Point)

class Empty:
    pass

e = rt(Empty())
print(type(e).__name__, e.__dict__)

class Outer:
    class Inner:
        def __init__(self):
            self.v = 'inner'

r = rt(Outer.Inner())
print(type(r).__qualname__, r.v)

# __getstate__ / __setstate__
class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = object()
    def __getstate__(self):
        print('getstate')
        state = self.__dict__.copy()
        del state['socket']
        return state
    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)
        self.socket = 'reconnected'

c = rt(Conn('example.org'))
print(c.host, c.socket)

# __setstate__ only.
class Versioned:
    def __init__(self):
        self.a = 1
    def __setstate__(self, state):
        state.setdefault('b', 2)
        self.__dict__ = state

v = rt(Versioned())
print(v.a, v.b)

# __getstate__ returning a non-dict.
class Counter:
    def __init__(self, n):
        self.n = n
    def __getstate__(self):
        return (self.n, 'extra')
    def __setstate__(self, st):
        self.n = st[0] * 10

print(rt(Counter(4)).n)

# Subclasses of built-in types keep their contents and attributes.
class MyList(list):
    pass

class MyDict(dict):
    pass

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyTuple(tuple):
    pass

class MySet(set):
    pass

class MyFloat(float):
    pass

class MyBytes(bytes):
    pass

ml = MyList([1, 2, 3])
ml.tag = 'L'
md = MyDict(a=1, b=[2])
md.tag = 'D'
mi = MyInt(42)
ms = MyStr('text')
mt = MyTuple((1, 2))
mset = MySet([5, 6])
mset.tag = 'S'
mf = MyFloat(2.5)
mb = MyBytes(b'by')
for obj in (ml, md, mi, ms, mt, mset, mf, mb):
    r = rt(obj)
    shown = sorted(r) if isinstance(r, set) else r
    print(type(r).__name__, repr(shown), r == obj, getattr(r, 'tag', None))

# __getnewargs__ feeds __new__.
class Fixed:
    def __new__(cls, value):
        print('__new__', value)
        self = object.__new__(cls)
        self.value = value
        return self
    def __getnewargs__(self):
        return (self.value,)

r = rt(Fixed(9))
print(r.value)

class KwOnly:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self
    def __getnewargs_ex__(self):
        return ((), {'size': self.size})

r = rt(KwOnly(size=7))
print(r.size)

# A list of many instances of one class.
pts = [Point(i, -i) for i in range(1000)]
r = rt(pts)
print(len(r), r[999], r == pts, 'inits:', inits)
