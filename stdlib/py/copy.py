"""Shallow and deep copies of Python objects.

copy(x) returns a shallow copy, deepcopy(x) a deep one.  Classes can take
over with __copy__() and __deepcopy__(memo); __getstate__/__setstate__ and
__getnewargs__ are honoured.  Unlike CPython this module does not go
through __reduce_ex__/copyreg: other objects are rebuilt from their class,
their __dict__ and, for list/dict/set subclasses, their items.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error       # backward compatibility alias


def _function():
    pass


class _Probe:
    def method(self):
        pass


try:
    _COMPLEX = [complex]
except NameError:           # gilpy has no complex numbers
    _COMPLEX = []


# Objects of these types are returned as they are by both copy functions.
_ATOMIC = set([
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    str, bytes, range, property, type(len), type(_function),
    type(_Probe().method), type,
] + _COMPLEX)
# Immutable containers: shared by a shallow copy, rebuilt by a deep one.
_SHALLOW_ATOMIC = _ATOMIC | {tuple, frozenset, slice}

# Subclasses of these immutable built-ins are rebuilt as cls.__new__(cls, v)
# where v is the plain built-in value.
_IMMUTABLE_BASES = tuple([bool, int, float] + _COMPLEX
                         + [str, bytes, tuple, frozenset])


################################################################################
# copy()
################################################################################

def copy(x):
    """A new object like x whose contents are the same objects as x's."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC or isinstance(x, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


################################################################################
# deepcopy()
################################################################################

def deepcopy(x, memo=None, _nil=[]):
    """A copy of x in which everything x contains is copied too.

    memo maps id(original) to its copy; objects met twice are copied once,
    which also makes cyclic structures safe.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _ATOMIC or isinstance(x, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y         # registered first: the list may contain itself
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple can only reach itself through a mutable object, which may
    # already have made (and memoised) the copy of this tuple.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, y):
        if original is not copied:
            return tuple(y)
    return x                # nothing inside changed: share the tuple


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


def _deepcopy_frozenset(x, memo):
    return frozenset([deepcopy(item, memo) for item in x])


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo),
                 deepcopy(x.step, memo))


_deep_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    bytearray: _deepcopy_bytearray,
    slice: _deepcopy_slice,
}


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, so that its id cannot be reused
    by another object while the memo is in use."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


################################################################################
# Rebuilding other objects
################################################################################

def _uncopyable(cls):
    # Built-in objects with no copying support (modules, generators, ...).
    return (getattr(cls, '__module__', None) == 'builtins'
            and cls is not object)


def _new_args(x, cls):
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs(x))
    for base in _IMMUTABLE_BASES:
        if isinstance(x, base):
            return (_plain_value(x, base),)
    return ()


def _plain_value(x, base):
    if base is tuple or base is frozenset:
        return base(iter(x))
    return base(x)


def _get_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__',
                                                         None):
        return getstate(x)
    try:
        state = x.__dict__
    except AttributeError:
        return None
    return state if state else None


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
        if slotstate:
            for key, value in slotstate.items():
                setattr(y, key, value)
    if state:
        y.__dict__.update(state)


def _reconstruct(x, memo):
    """Copy an instance of a user class (deeply when memo is not None):
    a new object from cls.__new__, then its state, then its items."""
    deep = memo is not None
    cls = type(x)
    if _uncopyable(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if isinstance(x, (set, frozenset)):
        # Sets are rebuilt by calling the class with a list of the items.
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls(items)
    else:
        args = _new_args(x, cls)
        if deep and args:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
