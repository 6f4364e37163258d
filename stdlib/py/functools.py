"""Tools for working with functions and callables.

gilpy's pure-Python functools: reduce, partial, partialmethod, wraps,
update_wrapper, lru_cache/cache, cmp_to_key, total_ordering,
cached_property and singledispatch.
"""

from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

# Ids of partial objects whose repr is in progress (cycle detection).
_repr_running = set()


################################################################################
# update_wrapper() and wraps()
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copy the identity (name, docs, ...) of `wrapped` onto `wrapper`.

    Attributes named in `assigned` are copied when the wrapped object has
    them; the dicts named in `updated` are merged into the wrapper's.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        try:
            target = getattr(wrapper, attr)
        except AttributeError:
            continue
        target.update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from `wrapped`'s __dict__
    # does not hide the object really being wrapped.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


################################################################################
# reduce()
################################################################################

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """Fold the iterable from the left with a two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c); initial, if given, is used as
    the first left operand (and returned for an empty iterable)."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError(
                'reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
# partial() and partialmethod()
################################################################################

class partial:
    """A callable that calls func with some arguments fixed in advance:
    partial(f, 1, k=2)(3) is f(1, 3, k=2)."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial)
                and type(func).__call__ is partial.__call__):
            # Flatten nested partials so calls go straight to the target
            # (not when a subclass changes what calling means).
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*(self.args + args), **keywords)

    # pickle (and so multiprocessing) rebuilds a partial from its parts.
    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None,
                 {k: v for k, v in self.__dict__.items()
                  if k not in ('func', 'args', 'keywords')} or None))

    def __setstate__(self, state):
        func, args, kwds, namespace = state
        if namespace:
            self.__dict__.update(namespace)
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(repr(arg) for arg in self.args)
            parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod:
    """partial() for methods: the instance (or class, for classmethods)
    is passed first, then the fixed arguments, then the call's."""

    def __init__(self, func, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            # Flatten, as partial() does.
            merged = dict(func.keywords)
            merged.update(keywords)
            self.func = func.func
            self.args = func.args + args
            self.keywords = merged
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.%s(%s)' % (type(self).__name__, ', '.join(parts))

    def _unbound(self):
        # The plain function seen through the class: the first argument is
        # the instance (or class) it would have been bound to.
        def _method(cls_or_self, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(cls_or_self, *(self.args + args), **merged)
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        # Binding is done by hand for the descriptor kinds gilpy has, rather
        # than through the wrapped object's own __get__.
        func = self.func
        if isinstance(func, staticmethod):
            return partial(func.__func__, *self.args, **self.keywords)
        if isinstance(func, classmethod):
            owner = cls if cls is not None else type(obj)
            return partial(func.__func__, owner, *self.args, **self.keywords)
        if obj is None:
            return self._unbound()
        result = partial(func, obj, *self.args, **self.keywords)
        result.__self__ = obj
        return result


################################################################################
# cmp_to_key() and total_ordering
################################################################################

def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive
    result) into a key function for sorted() and friends."""

    class KeyWrapper:
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def _cmp(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._cmp(other) < 0

        def __gt__(self, other):
            return self._cmp(other) > 0

        def __eq__(self, other):
            return self._cmp(other) == 0

        def __le__(self, other):
            return self._cmp(other) <= 0

        def __ge__(self, other):
            return self._cmp(other) >= 0

    return KeyWrapper


def _derived_comparison(root, invert, extra):
    """Build a comparison method from the class's `root` method.

    The result is `r` (the root's answer), negated if `invert`, then
    combined with == or != as `extra` says, e.g. a <= b is a < b or a == b.
    """
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if invert:
            r = not r
        if extra == 'and_ne':
            return r and self != other
        if extra == 'or_eq':
            return r or self == other
        return r
    return method


# For each root: the three derived methods as (name, invert, extra).
_ORDERING_RULES = {
    '__lt__': [('__gt__', True, 'and_ne'), ('__le__', False, 'or_eq'),
               ('__ge__', True, None)],
    '__le__': [('__ge__', True, 'or_eq'), ('__lt__', False, 'and_ne'),
               ('__gt__', True, None)],
    '__gt__': [('__lt__', True, 'and_ne'), ('__ge__', False, 'or_eq'),
               ('__le__', True, None)],
    '__ge__': [('__le__', True, 'or_eq'), ('__gt__', False, 'and_ne'),
               ('__lt__', True, None)],
}

# Preferred root when several are defined (CPython picks the same one).
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def _defines(cls, op):
    """Whether cls has its own (or an inherited non-object) method op."""
    try:
        for klass in cls.__mro__:
            if op in klass.__dict__:
                return klass is not object
        return False
    except AttributeError:
        # No __mro__/__dict__ introspection: compare with object's slot.
        return getattr(cls, op, None) is not getattr(object, op, None)


def total_ordering(cls):
    """Class decorator: derive the missing ones of < <= > >= from one that
    the class defines, together with ==."""
    roots = [op for op in _ROOT_PREFERENCE if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    root = roots[0]
    for opname, invert, extra in _ORDERING_RULES[root]:
        if opname in roots:
            continue
        method = _derived_comparison(root, invert, extra)
        method.__name__ = opname
        setattr(cls, opname, method)
    return cls


################################################################################
# lru_cache() and cache()
################################################################################

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                        module='functools')

_KWD_MARK = (object(),)         # separates positional and keyword parts


def _make_key(args, kwds, typed):
    """Build a hashable cache key from call arguments.

    A lone int or str argument is used bare as the key, as CPython does;
    so f(1) and f(1.0) get separate entries even when typed is false.
    """
    if not kwds and not typed and len(args) == 1:
        arg = args[0]
        if type(arg) is int or type(arg) is str:
            return arg
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the cache grows without bound; if typed is true,
    arguments of different types are cached separately.  The decorated
    function gets cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a bare @lru_cache decorator.
        user_function = maxsize
        return _decorate(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)

    return decorating_function


def _decorate(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


# Slots of the doubly linked list nodes used by the bounded cache.
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


def _lru_cache_wrapper(user_function, maxsize, typed):
    # stats = [hits, misses]; lists give the closures mutable cells.
    stats = [0, 0]
    cache = {}
    # Circular list of nodes, oldest right after root, newest right before.
    root = [None, None, None, None]
    root[_PREV] = root[_NEXT] = root

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, root)       # root doubles as "absent"
            if result is not root:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            # Hot path: list surgery is inlined rather than using helpers.
            key = _make_key(args, kwds, typed)
            node = cache.get(key)
            if node is not None:
                # Move the node to the newest end.
                prev, nxt = node[_PREV], node[_NEXT]
                prev[_NEXT] = nxt
                nxt[_PREV] = prev
                last = root[_PREV]
                last[_NEXT] = root[_PREV] = node
                node[_PREV] = last
                node[_NEXT] = root
                stats[0] += 1
                return node[_RESULT]
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key already; keep that one.
                return result
            if len(cache) >= maxsize:
                oldest = root[_NEXT]
                root[_NEXT] = oldest[_NEXT]
                oldest[_NEXT][_PREV] = root
                del cache[oldest[_KEY]]
            last = root[_PREV]
            node = [last, root, key, result]
            last[_NEXT] = root[_PREV] = node
            cache[key] = node
            return result

    def cache_info():
        """Hits, misses, maxsize and current size, as a CacheInfo."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Forget all cached results and reset the statistics."""
        cache.clear()
        root[_PREV] = root[_NEXT] = root
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function):
    """Memoize a function without a size limit (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


################################################################################
# singledispatch() and singledispatchmethod
################################################################################

def _class_mro(cls):
    mro = getattr(cls, '__mro__', None)
    if mro is not None:
        return mro
    # Fallback: depth-first walk of the bases, without duplicates.
    seen = []
    stack = [cls]
    while stack:
        c = stack.pop(0)
        if c not in seen:
            seen.append(c)
            stack[0:0] = list(c.__bases__)
    return tuple(seen)


def _find_impl(cls, registry):
    # The most specific registered class in cls's method resolution order.
    for base in _class_mro(cls):
        if base in registry:
            return registry[base]
    return None


def _dispatch_types(cls):
    """The classes a register() argument stands for, or None if invalid.
    Accepts a class or a union such as int | str."""
    if isinstance(cls, type):
        return (cls,)
    members = getattr(cls, '__args__', None)
    if type(cls).__name__ == 'UnionType' and members:
        if all(isinstance(m, type) for m in members):
            return tuple(members)
    return None


def singledispatch(func):
    """Make a function generic over the type of its first argument:
    implementations for other types are added with .register(), and the
    decorated function serves every type without a better match."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """Return the implementation registered for cls (or a base)."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register an implementation for cls: register(cls, func),
        @register(cls), or @register on a function whose first parameter
        is annotated with the class."""
        classes = _dispatch_types(cls)
        if classes is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r '
                                'is not a class or union type.' % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(annotations.items()))
            classes = _dispatch_types(cls)
            if classes is None:
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        for c in classes:
            registry[c] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _call_bound(method, obj, cls, args, kwargs):
    # Calls `method` as if looked up on obj (or on cls when obj is None).
    if isinstance(method, staticmethod):
        return method.__func__(*args, **kwargs)
    if isinstance(method, classmethod):
        owner = cls if cls is not None else type(obj)
        return method.__func__(owner, *args, **kwargs)
    if obj is None:
        return method(*args, **kwargs)
    return method(obj, *args, **kwargs)


class singledispatchmethod:
    """singledispatch for methods.

    Dispatches on the type of the first argument after self (or cls).
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register a method implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            method = dispatch(args[0].__class__)
            return _call_bound(method, obj, cls, args, kwargs)

        _method.register = self.register
        update_wrapper(_method, _unwrap_descriptor(self.func))
        return _method


def _unwrap_descriptor(func):
    if isinstance(func, (staticmethod, classmethod)):
        return func.__func__
    return func


################################################################################
# cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__, where later lookups find it directly.

    Relies on gilpy honouring __get__ on non-data descriptor classes and
    calling __set_name__; without __set_name__ the function's name is used.
    """

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two '
                            'different names (%r and %r).'
                            % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            name = self.func.__name__
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache "
                            '%r property.' % (type(instance).__name__, name)
                            ) from None
        value = cache.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[name] = value
        return value
