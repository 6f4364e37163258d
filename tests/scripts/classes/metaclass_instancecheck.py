# isinstance()/issubclass() consult the metaclass's __instancecheck__ and
# __subclasscheck__ (after the exact-type shortcut), also inside tuples.
class Meta(type):
    calls = []

    def __instancecheck__(cls, obj):
        Meta.calls.append(('inst', cls.__name__, type(obj).__name__))
        return isinstance(obj, (int, str))

    def __subclasscheck__(cls, sub):
        Meta.calls.append(('sub', cls.__name__, sub.__name__))
        return sub in (int, str, bool)


class IntOrStr(metaclass=Meta):
    pass


print(isinstance(3, IntOrStr), isinstance('x', IntOrStr), isinstance(2.5, IntOrStr))
print(isinstance(IntOrStr(), IntOrStr))      # exact type: no hook call
print(issubclass(int, IntOrStr), issubclass(float, IntOrStr), issubclass(bool, IntOrStr))
print(issubclass(IntOrStr, IntOrStr))        # hook decides even for the class itself
print(isinstance(2.5, (float, IntOrStr)), isinstance([], (dict, (set, IntOrStr))))
print(issubclass(list, (dict, (IntOrStr, list))))
print(Meta.calls)

# The hook's result is made a bool.
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [obj]
    def __subclasscheck__(cls, sub):
        return 0


class T(metaclass=Truthy):
    pass


print(isinstance(None, T), issubclass(int, T))

# A metaclass without hooks behaves as type.
class Plain(type):
    pass


class P(metaclass=Plain):
    pass


class Q(P):
    pass


print(isinstance(Q(), P), isinstance(1, P), issubclass(Q, P), issubclass(int, P))

# A hook defined on a class (not the metaclass) is not used by isinstance.
class OwnHook:
    def __instancecheck__(self, obj):
        return True


print(isinstance(1, OwnHook))

# obj.__class__ counts for isinstance when it differs from type(obj).
class Proxy:
    @property
    def __class__(self):
        return int


print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), type(Proxy()).__name__)

# An object with __instancecheck__ on its type works as a class argument.
class Checker:
    def __instancecheck__(self, obj):
        return obj == 42
    def __subclasscheck__(self, sub):
        return sub is bool


print(isinstance(42, Checker()), isinstance(41, Checker()), issubclass(bool, Checker()))

# Errors raised by a hook propagate.
class Bad(type):
    def __instancecheck__(cls, obj):
        raise ValueError('no instances here')


class B(metaclass=Bad):
    pass


try:
    isinstance(1, B)
except ValueError as e:
    print('ValueError', e)

for args in [(1, 1), (1, (int, 1)), (1, [int])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print('TypeError', e)
for args in [(1, int), (int, 1), (int, (str, 1)), ([], P), (1, (1,))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
