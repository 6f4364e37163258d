# The reduce protocol: __reduce__ / __reduce_ex__ results of every shape.
import pickle

def rt(x, proto=None):
    return pickle.loads(pickle.dumps(x, proto))

def make_thing(a, b):
    print('make_thing', a, b)
    t = Thing.__new__(Thing)
    t.a, t.b = a, b
    return t

class Thing:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (make_thing, (self.a, self.b))

t = rt(Thing(1, 'x'))
print(type(t).__name__, t.a, t.b)

# __reduce_ex__ receives the protocol and wins over __reduce__.
class Proto:
    def __reduce_ex__(self, protocol):
        print('reduce_ex with protocol', protocol)
        return (Proto, ())
    def __reduce__(self):
        raise AssertionError('not called')

for p in (0, 2, 4, 5, None, -1):
    rt(Proto(), p)

# A string: the object is a global of that name.
class Singleton:
    def __reduce__(self):
        return 'THE_ONE'

THE_ONE = Singleton()
print(rt(THE_ONE) is THE_ONE, rt([THE_ONE, THE_ONE])[1] is THE_ONE)

# State, list items and dict items.
class Bag:
    def __init__(self):
        self.items = []
        self.meta = {}
    def append(self, x):
        self.items.append(x)
    def extend(self, xs):
        print('extend', list(xs))
        self.items.extend(xs)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.meta[k] = v
    def __reduce__(self):
        return (Bag, (), {'label': 'bag'}, iter(self.items), iter(self.meta.items()))

b = Bag()
b.items = [1, 2, 3]
b.meta = {'x': 1}
r = rt(b)
print(r.items, r.meta, r.label)

# Only an append method: items are appended one by one.
class AppendOnly:
    def __init__(self):
        self.got = []
    def append(self, x):
        self.got.append(x)
    def __reduce__(self):
        return (AppendOnly, (), None, iter(['a', 'b']))

print(rt(AppendOnly()).got)

# Sixth element: a state setter called as setter(obj, state).
def set_state(obj, state):
    print('set_state', sorted(state.items()))
    obj.custom = state

class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'k': 1}, None, None, set_state)

print(rt(WithSetter()).custom)

# None entries are skipped.
class Nones:
    def __reduce__(self):
        return (Nones, (), None, None, None, None)

print(type(rt(Nones())).__name__)

# The state goes to __setstate__ when the class has one.
class SetState:
    def __reduce__(self):
        return (SetState, (), ('tuple', 'state'))
    def __setstate__(self, st):
        print('setstate got', st)
        self.st = st

print(rt(SetState()).st)

# A class whose reduce refers back to the object through its arguments.
class Loop:
    def __init__(self):
        self.children = []
    def __reduce__(self):
        return (Loop, (), self.__dict__)

lp = Loop()
lp.children.append(lp)
r = rt(lp)
print(r.children[0] is r)

# Built-in callables used as reconstructors.
class ViaDict:
    def __reduce__(self):
        return (dict, ((('a', 1), ('b', 2)),))

print(rt(ViaDict()))

class ViaGetattr:
    def __reduce__(self):
        return (getattr, ('abc', 'upper'))

print(rt(ViaGetattr())())

# Errors in __reduce__ results.
bad_results = [5, (), (1,), (len, [1]), (1, ()), (len, (), None, 5), (len, (), None, None, [1]),
               (len, (), None, None, None, 3), (1, 2, 3, 4, 5, 6, 7)]
for res in bad_results:
    class Bad:
        def __reduce__(self, res=res):
            return res
    try:
        pickle.dumps(Bad())
    except pickle.PicklingError as e:
        print('PicklingError:', e)

class Raises:
    def __reduce__(self):
        raise ValueError('nope')

try:
    pickle.dumps([Raises()])
except ValueError as e:
    print('ValueError:', e)
