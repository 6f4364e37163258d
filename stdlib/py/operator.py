"""Python's operators as plain functions.

operator.add(a, b) computes a + b, operator.itemgetter(1) builds a
function returning its argument's item 1, and so on.  Every function is
also available under its special-method spelling (operator.__add__).
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
           'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

# abs is redefined below; keep the builtin.
_builtin_abs = abs


# Comparison Operations *******************************************************

def lt(a, b):
    "Return a < b."
    return a < b


def le(a, b):
    "Return a <= b."
    return a <= b


def eq(a, b):
    "Return a == b."
    return a == b


def ne(a, b):
    "Return a != b."
    return a != b


def ge(a, b):
    "Return a >= b."
    return a >= b


def gt(a, b):
    "Return a > b."
    return a > b


# Logical Operations **********************************************************

def not_(a):
    "Return not a."
    return not a


def truth(a):
    "Return the truth value of a as a bool."
    return True if a else False


def is_(a, b):
    "Return a is b."
    return a is b


def is_not(a, b):
    "Return a is not b."
    return a is not b


# Mathematical/Bitwise Operations *********************************************

def abs(a):
    "Return abs(a)."
    return _builtin_abs(a)


def add(a, b):
    "Return a + b."
    return a + b


def and_(a, b):
    "Return a & b."
    return a & b


def floordiv(a, b):
    "Return a // b."
    return a // b


def index(a):
    "Return a.__index__()."
    if isinstance(a, int):
        return int(a)           # exact int, as CPython returns for bool too
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(result).__name__)
    return result


def inv(a):
    "Return ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Return a << b."
    return a << b


def mod(a, b):
    "Return a % b."
    return a % b


def mul(a, b):
    "Return a * b."
    return a * b


def matmul(a, b):
    "Return a @ b."
    return a @ b


def neg(a):
    "Return -a."
    return -a


def or_(a, b):
    "Return a | b."
    return a | b


def pos(a):
    "Return +a."
    return +a


def pow(a, b):
    "Return a ** b."
    return a ** b


def rshift(a, b):
    "Return a >> b."
    return a >> b


def sub(a, b):
    "Return a - b."
    return a - b


def truediv(a, b):
    "Return a / b."
    return a / b


def xor(a, b):
    "Return a ^ b."
    return a ^ b


# Sequence Operations *********************************************************

def _check_sequence(a):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    "Concatenate the sequences a and b."
    _check_sequence(a)
    return a + b


def contains(a, b):
    "Return b in a: whether the container a holds b."
    return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % type(a).__name__) from None


def countOf(a, b):
    "Count the items of a that are b or compare equal to b."
    count = 0
    for i in _iterate(a):
        if i is b or i == b:
            count += 1
    return count


def delitem(a, b):
    "Perform del a[b]."
    del a[b]


def getitem(a, b):
    "Return a[b]."
    return a[b]


def indexOf(a, b):
    "Position of the first item of a that is b or compares equal to b."
    for i, j in enumerate(_iterate(a)):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Perform a[b] = c."
    a[b] = c


def length_hint(obj, default=0):
    """Guess how many items iterating over obj will produce.

    len(obj) when obj has a length, else obj.__length_hint__() when that
    gives an answer, else default.  The result is a non-negative int.
    """
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# Other Operations ************************************************************

def call(obj, *args, **kwargs):
    """Call obj with the remaining arguments and return the result."""
    return obj(*args, **kwargs)


# Generalized Lookup Objects **************************************************

def _qualified_name(obj, cls):
    # CPython prints its own classes as operator.X and subclasses bare.
    if type(obj) is cls:
        return 'operator.' + cls.__name__
    return type(obj).__name__


class attrgetter:
    """Callable reading attributes: attrgetter('x')(obj) is obj.x.

    Dotted names follow attribute chains ('a.b' gives obj.a.b); with
    several names the result is a tuple of their values.
    """

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple([tuple(attr.split('.')) for attr in attrs])

    def __call__(self, obj):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple([_resolve(obj, path) for path in self._paths])

    def __repr__(self):
        return '%s(%s)' % (_qualified_name(self, attrgetter),
                           ', '.join(map(repr, self._attrs)))


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """Callable reading items: itemgetter(k)(obj) is obj[k].

    With several keys the result is the tuple of the items, in order.
    """

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]

    def __call__(self, obj):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return '%s(%s)' % (_qualified_name(self, itemgetter),
                           ', '.join(map(repr, self._items)))


class methodcaller:
    """Callable invoking a method: methodcaller('m', *args, **kw)(obj)
    is obj.m(*args, **kw), with the arguments fixed at creation."""

    def __init__(*args, **kwargs):
        # The first two positional slots are self and the method name, so
        # that a keyword argument may itself be called 'name'.
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s(%s)' % (_qualified_name(self, methodcaller),
                           ', '.join(parts))


# In-place Operations *********************************************************

def iadd(a, b):
    "Perform a += b in place and return the result."
    a += b
    return a


def iand(a, b):
    "Perform a &= b in place and return the result."
    a &= b
    return a


def iconcat(a, b):
    "Extend the sequence a by b in place (a += b) and return it."
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b):
    "Perform a //= b in place and return the result."
    a //= b
    return a


def ilshift(a, b):
    "Perform a <<= b in place and return the result."
    a <<= b
    return a


def imod(a, b):
    "Perform a %= b in place and return the result."
    a %= b
    return a


def imul(a, b):
    "Perform a *= b in place and return the result."
    a *= b
    return a


def imatmul(a, b):
    "Perform a @= b in place and return the result."
    a @= b
    return a


def ior(a, b):
    "Perform a |= b in place and return the result."
    a |= b
    return a


def ipow(a, b):
    "Perform a **= b in place and return the result."
    a **= b
    return a


def irshift(a, b):
    "Perform a >>= b in place and return the result."
    a >>= b
    return a


def isub(a, b):
    "Perform a -= b in place and return the result."
    a -= b
    return a


def itruediv(a, b):
    "Perform a /= b in place and return the result."
    a /= b
    return a


def ixor(a, b):
    "Perform a ^= b in place and return the result."
    a ^= b
    return a


# Dunder aliases **************************************************************

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
