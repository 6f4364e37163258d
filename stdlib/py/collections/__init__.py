"""Container datatypes: deque, defaultdict, Counter, namedtuple, OrderedDict,
ChainMap, UserDict, UserList and UserString.

Written for gilpy without abc, weakref, exec or metaclasses.  Dicts keep
insertion order, which OrderedDict builds on.  ChainMap and the User*
wrappers live in _collections_user to keep this file short.
"""

import sys as _sys
from _thread import _atomic   # deque's mutators are atomic between threads, as in CPython
from keyword import iskeyword as _iskeyword
from _collections_user import ChainMap, UserDict, UserList, UserString

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

_MAXSIZE = getattr(_sys, 'maxsize', (1 << 63) - 1)

# Ids of containers whose repr is being computed, to print '...' on cycles.
_repr_running = set()


def _same(a, b):
    # Container comparisons in CPython treat identical objects as equal
    # before calling __eq__ (so a NaN is found in a deque holding it).
    return a is b or a == b


def _as_index(i):
    # Accept ints and objects with __index__, like sequence indexing does.
    if isinstance(i, int):
        return i
    method = getattr(type(i), '__index__', None)
    if method is None:
        raise TypeError("sequence index must be integer, not '%s'"
                        % type(i).__name__)
    return method(i)


################################################################################
# deque
################################################################################

_DEQUE_MIN_CAPACITY = 8


class deque:
    """A double-ended queue with O(1) appends and pops at both ends.

    Items live in a ring buffer (a list whose length is a power of two);
    _head is the slot of the first item and _size the number of items.
    _state counts mutations so that iterators can detect them.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._reset()
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    def _reset(self):
        self._buf = [None] * _DEQUE_MIN_CAPACITY
        self._mask = _DEQUE_MIN_CAPACITY - 1
        self._head = 0
        self._size = 0

    def _resize(self, capacity):
        # Copy the items in order into a fresh buffer starting at slot 0.
        buf = self._buf
        mask = self._mask
        head = self._head
        new = [None] * capacity
        for i in range(self._size):
            new[i] = buf[(head + i) & mask]
        self._buf = new
        self._mask = capacity - 1
        self._head = 0

    def _maybe_shrink(self):
        # Release memory once the deque is mostly empty.
        capacity = self._mask + 1
        if capacity > _DEQUE_MIN_CAPACITY and self._size * 4 < capacity:
            self._resize(capacity // 2)

    @property
    def maxlen(self):
        """The size limit given at creation, or None."""
        return self._maxlen

    # -- the four ends operations -----------------------------------------

    @_atomic
    def append(self, x):
        """Add x at the right end (dropping the leftmost item when full)."""
        self._state += 1
        if self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self._take_left()
        if self._size > self._mask:
            self._resize((self._mask + 1) * 2)
        self._buf[(self._head + self._size) & self._mask] = x
        self._size += 1

    @_atomic
    def appendleft(self, x):
        """Add x at the left end (dropping the rightmost item when full)."""
        self._state += 1
        if self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self._take_right()
        if self._size > self._mask:
            self._resize((self._mask + 1) * 2)
        self._head = (self._head - 1) & self._mask
        self._buf[self._head] = x
        self._size += 1

    def _take_left(self):
        head = self._head
        x = self._buf[head]
        self._buf[head] = None          # drop the reference
        self._head = (head + 1) & self._mask
        self._size -= 1
        return x

    def _take_right(self):
        self._size -= 1
        slot = (self._head + self._size) & self._mask
        x = self._buf[slot]
        self._buf[slot] = None
        return x

    @_atomic
    def pop(self):
        """Take the item off the right end."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._take_right()
        self._maybe_shrink()
        return x

    @_atomic
    def popleft(self):
        """Take the item off the left end."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._take_left()
        self._maybe_shrink()
        return x

    def extend(self, iterable):
        """append() every item of iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """appendleft() every item of iterable (so they end up reversed)."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    @_atomic
    def clear(self):
        """Empty the deque."""
        self._state += 1
        self._reset()

    # -- whole-deque operations --------------------------------------------

    @_atomic
    def rotate(self, n=1):
        """Move the last n items to the front (the first -n items to the
        back when n is negative)."""
        n = _as_index(n)
        size = self._size
        if size <= 1:
            return
        n %= size
        if not n:
            return
        self._state += 1
        if size == self._mask + 1:
            # A full ring rotates by moving the head only.
            self._head = (self._head - n) & self._mask
        elif min(n, size - n) <= 16:
            # Short moves: shift elements one at a time across the ends.
            if n <= size // 2:
                for _ in range(n):
                    self._fast_appendleft(self._take_right())
            else:
                for _ in range(size - n):
                    self._fast_append(self._take_left())
        else:
            # Long moves: rebuild the buffer with list slicing.
            items = self._items()
            items = items[size - n:] + items[:size - n]
            self._buf = items + [None] * (self._mask + 1 - size)
            self._head = 0

    def _fast_append(self, x):
        # Re-adds an element just taken off the other end: room is known.
        self._buf[(self._head + self._size) & self._mask] = x
        self._size += 1

    def _fast_appendleft(self, x):
        self._head = (self._head - 1) & self._mask
        self._buf[self._head] = x
        self._size += 1

    def _items(self):
        """The elements as a new list (built with slices of the ring)."""
        head, end = self._head, self._head + self._size
        if end <= self._mask + 1:
            return self._buf[head:end]
        return self._buf[head:] + self._buf[:end & self._mask]

    def reverse(self):
        """Reverse the order of the items, in place."""
        items = self._items()
        items.reverse()
        self._state += 1
        self._buf = items + [None] * (self._mask + 1 - self._size)
        self._head = 0

    def copy(self):
        """A new deque with the same items and maxlen."""
        cls = type(self)
        if cls is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    # -- searching -------------------------------------------------------------

    def count(self, value):
        """How many items are value (or equal to it)."""
        n = 0
        for x in self:
            if _same(x, value):
                n += 1
        return n

    def index(self, value, start=0, stop=_MAXSIZE):
        """Position of the first item equal to value within [start, stop);
        ValueError when there is none."""
        size = self._size
        start = _as_index(start)
        stop = _as_index(stop)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            if _same(self._buf[(self._head + i) & self._mask], value):
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def __contains__(self, value):
        for x in self:
            if _same(x, value):
                return True
        return False

    # -- editing in the middle ------------------------------------------------

    def insert(self, index, value):
        """Put value at position index, shifting later items right."""
        index = _as_index(index)
        size = self._size
        if size == self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index = max(index + size, 0)
        index = min(index, size)
        # Rotating the insertion point to an end keeps the work O(distance).
        self.rotate(-index)
        self.appendleft(value)
        self.rotate(index)

    def remove(self, value):
        """Delete the first item equal to value (ValueError if none)."""
        for i in range(self._size):
            if _same(self._buf[(self._head + i) & self._mask], value):
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def _norm_index(self, i):
        i = _as_index(i)
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        i = self._norm_index(i)
        return self._buf[(self._head + i) & self._mask]

    def __setitem__(self, i, value):
        i = self._norm_index(i)
        self._buf[(self._head + i) & self._mask] = value

    def __delitem__(self, i):
        i = self._norm_index(i)
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    # -- protocols -------------------------------------------------------------

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        # Arguments are evaluated now, so the iterator remembers the state
        # of the deque at the time iter() was called.
        return self._iterate(self._state, self._size, False)

    def __reversed__(self):
        return self._iterate(self._state, self._size, True)

    def _iterate(self, state, size, backwards):
        for k in range(size):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            i = size - 1 - k if backwards else k
            yield self._buf[(self._head + i) & self._mask]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, _list_eq)

    def __ne__(self, other):
        return self._compare(other, _list_ne)

    def __lt__(self, other):
        return self._compare(other, _list_lt)

    def __le__(self, other):
        return self._compare(other, _list_le)

    def __gt__(self, other):
        return self._compare(other, _list_gt)

    def __ge__(self, other):
        return self._compare(other, _list_ge)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            items = self._items()
            for _ in range(n - 1):
                self.extend(items)
        return self


def _list_eq(a, b): return a == b
def _list_ne(a, b): return a != b
def _list_lt(a, b): return a < b
def _list_le(a, b): return a <= b
def _list_gt(a, b): return a > b
def _list_ge(a, b): return a >= b


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """A dict that creates missing entries on lookup.

    defaultdict(factory, ...) takes the other arguments of dict(); looking
    up a missing key stores and returns factory() (KeyError if factory is
    None).
    """

    def __init__(self, *args, **kwargs):
        # Only the first positional argument is the factory; a keyword
        # named default_factory is an ordinary item, as in CPython.
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is not None and id(factory) in _repr_running:
            factory_repr = '...'
        else:
            factory_repr = repr(factory)
        key = id(self)
        if key in _repr_running:
            # CPython's inner dict repr prints a cycle as {...}.
            return '%s(%s, {...})' % (type(self).__name__, factory_repr)
        _repr_running.add(key)
        try:
            return '%s(%s, %s)' % (type(self).__name__, factory_repr,
                                   dict.__repr__(self))
        finally:
            _repr_running.discard(key)

    def copy(self):
        """A new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# Counter
################################################################################

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _second(pair):
    return pair[1]


def _one_optional_arg(name, args):
    # Emulates a method's optional positional-only parameter.
    if len(args) > 1:
        raise TypeError('%s() takes from 1 to 2 positional arguments but %d '
                        'were given' % (name, len(args) + 1))
    return args[0] if args else None


class Counter(dict):
    """A dict mapping items to counts (a multiset).

    Missing elements have a count of zero.
    """

    def __init__(self, *args, **kwds):
        dict.__init__(self)
        self.update(_one_optional_arg('Counter.__init__', args), **kwds)

    def __missing__(self, key):
        # Missing elements count as zero but are not inserted.
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs by decreasing count, all of them or the
        first n; items with equal counts keep their insertion order."""
        # sorted() is stable, and reverse=True keeps equal items in order.
        ranked = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ranked
        if n < 0:
            n = 0
        return ranked[:n]

    def elements(self):
        """Each item repeated count times (items with counts below one are
        left out)."""
        return self._elements(list(self.items()))

    def _elements(self, pairs):
        for elem, count in pairs:
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, *args, **kwds):
        """Add counts from a mapping of counts, or count the items of an
        iterable, plus keyword arguments."""
        iterable = _one_optional_arg('Counter.update', args)
        if iterable is not None:
            if hasattr(iterable, 'items'):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, *args, **kwds):
        """The opposite of update(): counts go down, possibly below
        zero."""
        iterable = _one_optional_arg('Counter.subtract', args)
        if iterable is not None:
            get = self.get
            if hasattr(iterable, 'items'):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new counter of the same class with the same counts."""
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        # Deleting a missing element is not an error for a multiset.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        try:
            body = dict(self.most_common())
        except TypeError:
            body = dict(self)       # counts that cannot be ordered
        return '%s(%r)' % (name, body)

    # -- multiset comparisons (missing elements count as zero) -----------

    def _all_counts(self, other, test):
        for c in (self, other):
            for e in c:
                if not test(self[e], other[e]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _list_eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _list_le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _list_ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic (results keep positive counts only) ---------

    def _combine(self, other, pick):
        # pick(self_count, other_count) gives the new count; elements only
        # in other are taken with a self count of zero.
        result = Counter()
        for elem, count in self.items():
            newcount = pick(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self:
                newcount = pick(0, count)
                if newcount > 0:
                    result[elem] = newcount
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, _add_counts)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, _sub_counts)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, _max_count)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _add_counts(a, b): return a + b
def _sub_counts(a, b): return a - b
def _max_count(a, b): return b if a < b else a


################################################################################
# namedtuple
################################################################################

_tuple_new = tuple.__new__


def _plural_args(names):
    # 'x' / 'x' and 'y' / 'x', 'y', and 'z' -- as in argument errors.
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _bind_fields(typename, fields, defaults, args, kwargs):
    """Match __new__ arguments to fields like a def with those parameters
    would, raising the same TypeErrors."""
    where = typename + '.__new__()'
    n = len(fields)
    values = list(args[:n])
    values.extend([_MISSING] * (n - len(values)))
    for key in kwargs:
        if key == '_cls':
            raise TypeError("%s got multiple values for argument '_cls'" % where)
        if key not in fields:
            raise TypeError("%s got an unexpected keyword argument '%s'"
                            % (where, key))
        i = fields.index(key)
        if values[i] is not _MISSING:
            raise TypeError("%s got multiple values for argument '%s'"
                            % (where, key))
        values[i] = kwargs[key]
    if len(args) > n:
        most = n + 1                   # counting _cls, like CPython does
        least = most - len(defaults)
        if least == most:
            takes = '%d positional argument%s' % (most, 's' if most != 1 else '')
        else:
            takes = 'from %d to %d positional arguments' % (least, most)
        raise TypeError('%s takes %s but %d were given'
                        % (where, takes, len(args) + 1))
    first_default = n - len(defaults)
    missing = [fields[i] for i in range(first_default)
               if values[i] is _MISSING]
    if missing:
        raise TypeError('%s missing %d required positional argument%s: %s'
                        % (where, len(missing), 's' if len(missing) != 1 else '',
                           _plural_args(missing)))
    for i in range(first_default, n):
        if values[i] is _MISSING:
            values[i] = defaults[i - first_default]
    return values


_MISSING = object()


class _tuplegetter:
    """Read-only field accessor of a namedtuple (CPython's _tuplegetter)."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _field_property(index):
    return _tuplegetter(index, 'Alias for field number %d' % index)


def _check_names(typename, field_names, rename):
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r'
                             % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)


def _caller_module():
    # CPython names the caller's module; gilpy may lack sys._getframe.
    getframe = getattr(_sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(2).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    return '__main__'


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Create a tuple subclass whose items are also named attributes.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    _check_names(typename, field_names, rename)

    fields = tuple(field_names)
    num_fields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[num_fields - len(defaults):], defaults):
            field_defaults[name] = value
    else:
        defaults = ()

    # The docstring spells the fields like a tuple display: 'P(x,)'.
    arg_list = ', '.join(fields) + (',' if num_fields == 1 else '')
    class_doc = '%s(%s)' % (typename, arg_list)
    if module is None:
        module = _caller_module()

    # A class statement (no exec, as gilpy's namedtuple must do without
    # it); the methods close over the factory's locals.
    class _NamedTuple(tuple):
        __doc__ = class_doc
        _fields = fields
        _field_defaults = field_defaults
        __match_args__ = fields

        def __new__(*args, **kwargs):
            # The class arrives as args[0]; taking it positionally leaves
            # a keyword named '_cls' to _bind_fields, which reports it.
            cls = args[0]
            args = args[1:]
            if not kwargs and len(args) == num_fields:
                return _tuple_new(cls, args)
            return _tuple_new(cls, _bind_fields(typename, fields, defaults,
                                                args, kwargs))

        @classmethod
        def _make(cls, iterable):
            result = _tuple_new(cls, iterable)
            if len(result) != num_fields:
                raise TypeError('Expected %d arguments, got %d'
                                % (num_fields, len(result)))
            return result

        def _replace(self, **kwds):
            values = [kwds.pop(name) if name in kwds else value
                      for name, value in zip(fields, self)]
            result = self._make(values)
            if kwds:
                raise ValueError('Got unexpected field names: %r'
                                 % (list(kwds),))
            return result

        def __repr__(self):
            parts = ['%s=%r' % (name, value)
                     for name, value in zip(fields, self)]
            return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))

        def _asdict(self):
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            return tuple(self)

    for index, name in enumerate(fields):
        setattr(_NamedTuple, name, _field_property(index))
    _NamedTuple.__name__ = typename
    _NamedTuple.__qualname__ = typename
    _NamedTuple.__module__ = module
    return _NamedTuple


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order and can reorder entries.

    Plain dicts already keep insertion order; this adds move_to_end,
    popitem(last=...) and order-sensitive equality.
    """

    def popitem(self, last=True):
        """Take out the newest (key, value) pair, or the oldest one when
        last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Make key the newest entry (the oldest if last is false);
        KeyError if key is missing."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # Moving to the front rebuilds the table: O(n), unlike CPython.
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (name, list(self.items()))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not _same(a, b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """A new ordered dict of the same class with the same items."""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """An ordered dict mapping each key of iterable to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self
