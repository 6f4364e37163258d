"""Abstract base classes (PEP 3119).

ABCMeta is the metaclass of abstract base classes: a class with abstract
methods left cannot be instantiated, and classes that do not inherit from
an ABC can still be registered as its "virtual subclasses", which
isinstance() and issubclass() accept (through ABCMeta.__instancecheck__
and __subclasscheck__).
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta cannot
    be instantiated until every abstract method is overridden.

    Put it innermost when combining with property, classmethod or
    staticmethod.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""

    __isabstractmethod__ = True


def _is_abstract(value):
    """True if a class attribute counts as an abstract method.

    Functions carry the __isabstractmethod__ mark themselves; property,
    classmethod and staticmethod objects are abstract when a function they
    wrap is (done here by hand because gilpy's built-in descriptors do not
    expose __isabstractmethod__ as CPython's do).
    """
    mark = getattr(value, '__isabstractmethod__', None)
    if mark is not None:
        return bool(mark)
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel)
                   if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


# Bumped by every register() call, so that the negative caches of all
# ABCs (which may have become wrong) are dropped lazily.
_abc_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever any ABC gets a new virtual subclass."""
    return _abc_invalidation_counter


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def _object_new_checks_abstracts():
    """Whether object.__new__ refuses classes with abstract methods, as
    CPython's does; gilpy's may not, and ABCMeta then checks in __call__."""
    class Probe:
        pass
    Probe.__abstractmethods__ = frozenset(['probe'])
    try:
        Probe()
    except TypeError:
        return True
    return False


_type_call = type.__call__


def _refuse_abstract(cls):
    abstracts = cls.__abstractmethods__
    raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                    % (cls.__name__, 's' if len(abstracts) > 1 else '',
                       ', '.join(sorted(abstracts))))


class ABCMeta(type):
    """Metaclass for abstract base classes.

    Subclasses inherit the metaclass; register() adds unrelated classes
    as virtual subclasses (which do not see the ABC in their MRO and do not
    inherit its methods).
    """

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        # Direct subclasses, kept here because gilpy's type has no
        # __subclasses__(); registries of sub-ABCs are searched through it.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    if not _object_new_checks_abstracts():
        def __call__(cls, *args, **kwargs):
            if cls.__abstractmethods__:
                _refuse_abstract(cls)
            return _type_call(cls, *args, **kwargs)

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC; returns it, so
        that register can be used as a class decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        answer = _subclass_answer(cls, subclass)
        if answer:
            cls._abc_cache.add(subclass)
        else:
            cls._abc_negative_cache.add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (for debugging)."""
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print('%s: %r' % (name, getattr(cls, name)), file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass (for tests)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Empty the positive and negative caches (for tests)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def _subclass_answer(cls, subclass):
    """The uncached issubclass(subclass, cls) for an ABC: the hook first,
    then real inheritance, the registry, and the registries of sub-ABCs."""
    # gilpy's object has no default __subclasshook__ (CPython's returns
    # NotImplemented): a missing hook means the same.
    hook = getattr(cls, '__subclasshook__', None)
    hook = NotImplemented if hook is None else hook(subclass)
    if hook is not NotImplemented:
        if not isinstance(hook, bool):
            raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
        return hook
    if cls in subclass.__mro__:
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for sub in cls._abc_subclasses:
        if issubclass(subclass, sub):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after methods were added to or
    removed from it (e.g. by a class decorator); returns the class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class for ABCs: `class C(ABC)` instead of
    `class C(metaclass=ABCMeta)`."""

    __slots__ = ()
