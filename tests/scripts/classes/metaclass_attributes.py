# A metaclass's __setattr__/__delattr__ reach type's with super(), which
# writes into the class; a metaclass's __getattr__ is only a fallback.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith('locked_'):
            raise AttributeError('cannot set ' + name)
        print('setting', cls.__name__, name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('deleting', cls.__name__, name)
        super().__delattr__(name)

    def __getattr__(cls, name):
        if name.startswith('virtual_'):
            return name[8:].upper()
        raise AttributeError(name)


class G(metaclass=Guarded):
    real = 'real value'

    def method(self):
        return 'method'


G.added = 1
print(G.added, G().added, G.real, G.virtual_thing, G().method())
print(G.__name__, G.__dict__['added'], G.method.__name__)
G.real = 'changed'
print(G.real, G().real)
del G.added
print(hasattr(G, 'added'))
try:
    G.locked_x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    G.missing
except AttributeError as e:
    print('AttributeError', e)

# Changing a method through the metaclass is seen by existing instances.
g = G()
G.method = lambda self: 'replaced'
print(g.method())

# type's methods can be called directly.
class Plain:
    pass


type.__setattr__(Plain, 'x', 5)
print(Plain.x, type.__getattribute__(Plain, 'x'))
type.__delattr__(Plain, 'x')
print(hasattr(Plain, 'x'))
for bad in [lambda: type.__setattr__(int, 'x', 1), lambda: type.__delattr__(Plain, 'nothing'),
            lambda: type.__getattribute__(Plain, 'nothing'), lambda: type.__setattr__(Plain, 1, 2)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# A metaclass __getattribute__ that defers to type's.
class Logging(type):
    def __getattribute__(cls, name):
        if not name.startswith('__'):
            print('looking up', name)
        return super().__getattribute__(name)


class L(metaclass=Logging):
    value = 7


print(L.value)
try:
    L.nope
except AttributeError as e:
    print('AttributeError', e)

# A class-level __getattr__ applies to instances, not to the class.
class InstanceFallback:
    def __getattr__(self, name):
        return 'instance ' + name


print(InstanceFallback().anything)
try:
    InstanceFallback.anything
except AttributeError as e:
    print('AttributeError', e)
