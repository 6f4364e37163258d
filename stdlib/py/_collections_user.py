"""ChainMap, UserDict, UserList and UserString for the collections module.

Kept apart from collections.py only for size; the classes present
themselves as members of collections.  There is no collections.abc in
gilpy, so the methods abc.MutableMapping would derive are written out.
"""

__all__ = ['ChainMap', 'UserDict', 'UserList', 'UserString']

# Ids of containers whose repr is being computed, to print '...' on cycles.
_repr_running = set()


def _one_optional_arg(name, args):
    # Emulates a method's optional positional-only parameter.
    if len(args) > 1:
        raise TypeError('%s() takes from 1 to 2 positional arguments but %d '
                        'were given' % (name, len(args) + 1))
    return args[0] if args else None


################################################################################
# Mapping helpers shared by ChainMap and UserDict (no collections.abc here)
################################################################################

def _update_mapping(target, args, kwds, name):
    # MutableMapping.update semantics: every item goes through
    # target[key] = value so that subclasses see the assignments.
    if len(args) > 1:
        raise TypeError('%s expected at most 1 argument, got %d'
                        % (name, len(args)))
    if args:
        other = args[0]
        if isinstance(other, dict):
            for key in other:
                target[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                target[key] = other[key]
        else:
            for key, value in other:
                target[key] = value
    for key, value in kwds.items():
        target[key] = value


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap, UserDict))


class _MutableMappingMixin:
    """Derived methods that collections.abc.MutableMapping would supply."""

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        # Snapshot views: enough for iteration, len, `in` and set operations.
        return dict.fromkeys(self).keys()

    def items(self):
        return {key: self[key] for key in self}.items()

    def values(self):
        return [self[key] for key in self]

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, *args, **kwds):
        _update_mapping(self, args, kwds, 'update')

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None


################################################################################
# ChainMap
################################################################################

class ChainMap(_MutableMappingMixin):
    """One mapping made of several: lookups search the maps in order,
    while writes and deletions only touch the first one."""

    __module__ = 'collections'

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._merged_keys())

    def _merged_keys(self):
        # Order of first appearance, scanning from the last map to the first.
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return keys

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__name__,
                               ', '.join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A chain holding one dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A chain with a copy of the first map and the same other maps."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A chain with m (or a new dict of kwargs) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A chain of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def popitem(self):
        """popitem() on the first map."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """pop() on the first map."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def clear(self):
        """Empty the first map only."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
# UserDict and UserList
################################################################################

class UserDict(_MutableMappingMixin):
    """A dict wrapper meant for subclassing; the contents live in .data."""

    __module__ = 'collections'

    def __init__(self, *args, **kwargs):
        initial = _one_optional_arg('UserDict.__init__', args)
        self.data = {}
        if initial is not None:
            self.update(initial)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError('pop expected at most 2 arguments, got %d'
                            % (len(args) + 1))
        try:
            value = self[key]
        except KeyError:
            if args:
                return args[0]
            raise
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(_merged(self.data, other.data))
        if isinstance(other, dict):
            return self.__class__(_merged(self.data, other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(_merged(other.data, self.data))
        if isinstance(other, dict):
            return self.__class__(_merged(other, self.data))
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data.update(other.data)
        else:
            self.data.update(other)
        return self

    def copy(self):
        # Keep the subclass and any extra instance attributes.
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.data = self.data.copy()
        return inst

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _merged(a, b):
    result = dict(a)
    result.update(b)
    return result


class UserList:
    """A list wrapper meant for subclassing; the contents live in .data."""

    __module__ = 'collections'

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) is list:
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other): return self.data < self._cast(other)
    def __le__(self, other): return self.data <= self._cast(other)
    def __eq__(self, other): return self.data == self._cast(other)
    def __ne__(self, other): return self.data != self._cast(other)
    def __gt__(self, other): return self.data > self._cast(other)
    def __ge__(self, other): return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, list):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, list):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def count(self, item): return self.data.count(item)
    def reverse(self): self.data.reverse()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str wrapper meant for subclassing; the contents live in .data.
    String results come back as instances of the same class."""

    __module__ = 'collections'

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self): return str(self.data)
    def __repr__(self): return repr(self.data)
    def __int__(self): return int(self.data)
    def __float__(self): return float(self.data)
    def __complex__(self): return complex(self.data)
    def __hash__(self): return hash(self.data)
    def __getnewargs__(self): return (self.data[:],)
    def __len__(self): return len(self.data)

    def __eq__(self, other): return self.data == _unwrap(other)
    def __ne__(self, other): return self.data != _unwrap(other)
    def __lt__(self, other): return self.data < _unwrap(other)
    def __le__(self, other): return self.data <= _unwrap(other)
    def __gt__(self, other): return self.data > _unwrap(other)
    def __ge__(self, other): return self.data >= _unwrap(other)

    def __contains__(self, char):
        return _unwrap(char) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return self.__class__(self.data + _unwrap(other))
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)


def _unwrap(obj):
    return obj.data if isinstance(obj, UserString) else obj


def _string_method(name, wrap_result):
    # Delegates to the str method of the same name; UserString arguments
    # are unwrapped and, if wrap_result, the str result is rewrapped.
    def method(self, *args, **kwargs):
        args = [_unwrap(a) for a in args]
        result = getattr(self.data, name)(*args, **kwargs)
        if wrap_result:
            return self.__class__(result)
        return result
    method.__name__ = name
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust',
              'lower', 'lstrip', 'removeprefix', 'removesuffix', 'replace',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate',
              'upper', 'zfill'):
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('count', 'encode', 'endswith', 'find', 'format', 'format_map',
              'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal',
              'isdigit', 'isidentifier', 'islower', 'isnumeric',
              'isprintable', 'isspace', 'istitle', 'isupper', 'join',
              'partition', 'rfind', 'rindex', 'rpartition', 'rsplit',
              'split', 'splitlines', 'startswith'):
    setattr(UserString, _name, _string_method(_name, False))
del _name
UserString.maketrans = str.maketrans
