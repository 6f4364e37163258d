"""Functions creating iterators for efficient looping.

gilpy's pure-Python itertools.  Each public function checks its arguments
eagerly (as CPython's constructors do) and then hands back a generator, so
nothing is materialised unless CPython does so too (cycle, product, tee).
"""

import sys as _sys

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
    'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
    'takewhile', 'tee', 'zip_longest',
]

_NULL = object()        # marks "no value yet" where None is a valid value

try:
    _NUMBER_TYPES = (int, float, complex)
except NameError:           # gilpy has no complex numbers
    _NUMBER_TYPES = (int, float)


def _is_number(x):
    # What CPython's count() accepts: numbers, and objects convertible to
    # int or float (Fraction, Decimal, ...).
    if isinstance(x, _NUMBER_TYPES):
        return True
    cls = type(x)
    return (hasattr(cls, '__index__') or hasattr(cls, '__int__')
            or hasattr(cls, '__float__'))


################################################################################
# Infinite iterators
################################################################################

def count(start=0, step=1):
    """Endless arithmetic progression: start, start + step, ..."""
    if not _is_number(start) or not _is_number(step):
        raise TypeError('a number is required')
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    """The iterable's items, then the same items again, forever (they are
    saved during the first pass)."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(object, times=None):
    """object, times times over (without end if times is None)."""
    if times is None:
        return _repeat_forever(object)
    times = _index(times)
    return _repeat(object, times)


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat(obj, times):
    for _ in range(times):
        yield obj


################################################################################
# Iterators terminating on the shortest input sequence
################################################################################

def accumulate(iterable, func=None, *, initial=None):
    """Running totals of the iterable, combined with + or with func;
    initial, if given, is the first value produced."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """The items of each argument in turn, as one stream.

    Calling the class returns a generator (not a chain instance); the class
    exists so that chain.from_iterable is available.
    """

    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterables):
        """Like chain(*iterables), but the iterables themselves come from
        one (possibly lazy) iterable."""
        return _chain(iterables)


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Skip the leading items for which predicate is true; produce all the
    rest."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """Produce items while predicate holds; stop at the first failure
    (that item is consumed but not produced)."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(function, iterable):
    """The items for which function(item) is false (the false items when
    function is None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def starmap(function, iterable):
    """function(*args) for each args tuple of the iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)      # gives CPython's "not iterable" error
        yield function(*args)


def pairwise(iterable):
    """Consecutive overlapping pairs: 'abc' gives ('a', 'b'), ('b', 'c')."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but runs until the longest input is exhausted, padding
    the shorter ones with fillvalue."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


################################################################################
# islice
################################################################################

def _index(x):
    if isinstance(x, int):
        return x
    method = getattr(type(x), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return method(x)


def _islice_arg(x, message):
    # None, or an int in range(0, sys.maxsize + 1); otherwise ValueError.
    if x is None:
        return None
    try:
        value = _index(x)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


def islice(iterable, *args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])

    The items at positions range(start, stop, step) of the iterable, read
    lazily; None means 0 for start, no limit for stop and 1 for step.
    Negative values are rejected.
    """
    if kwargs:
        raise TypeError('islice() takes no keyword arguments')
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d'
                        % (len(args) + 1))
    start, step = 0, 1
    if len(args) == 1:
        stop = _islice_arg(args[0], 'Stop argument for islice() must be None '
                           'or an integer: 0 <= x <= sys.maxsize.')
    else:
        indices_message = ('Indices for islice() must be None or an integer: '
                           '0 <= x <= sys.maxsize.')
        start = _islice_arg(args[0], indices_message)
        stop = _islice_arg(args[1], indices_message)
        if start is None:
            start = 0
        if len(args) == 3 and args[2] is not None:
            try:
                step = _index(args[2])
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive '
                                 'integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Consumes exactly what CPython's islice consumes: everything before
    # start (even when start > stop), then items up to the next wanted
    # index, but never at or beyond stop.
    position = 0            # index of the next item `it` would produce
    wanted = start
    while True:
        while position < wanted:
            try:
                next(it)
            except StopIteration:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        position += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


################################################################################
# groupby
################################################################################

class groupby:
    """Runs of consecutive items with equal keys, as (key, group) pairs.

    Each group is an iterator sharing the underlying iterable; advancing the
    groupby object makes the previous group empty.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL      # key of the group last handed out
        self._currkey = _NULL     # key of the item last read
        self._currvalue = _NULL   # item last read, until a group takes it
        self._current = None      # the only _grouper still allowed to run

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        group = _grouper(self, self._tgtkey)
        self._current = group
        return self._currkey, group


def _same(a, b):
    return a is b or a == b


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currvalue is _NULL:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NULL
        return value


################################################################################
# tee
################################################################################

def tee(iterable, n=2):
    """n iterators that each produce all the items of iterable; items are
    buffered until every copy has read them."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    # The iterators share a singly linked list of [value, next] cells; a
    # cell whose next is None has not been filled yet.  Cells every copy
    # has passed become garbage.
    head = [None, None]
    return tuple([_tee(it, head) for _ in range(n)])


def _tee(it, cell):
    while True:
        if cell[1] is None:
            try:
                value = next(it)
            except StopIteration:
                return
            if cell[1] is None:     # another copy may have filled it meanwhile
                cell[0] = value
                cell[1] = [None, None]
        value = cell[0]
        cell = cell[1]
        yield value


################################################################################
# Combinatoric iterators
################################################################################

def product(*iterables, repeat=1):
    """Every tuple taking one item from each input (the inputs repeated
    `repeat` times), the last input varying fastest, like nested loops.
    """
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        # Advance the rightmost index that can move, like an odometer;
        # only the positions that change are updated in `current`.
        i = n - 1
        while i >= 0 and indices[i] == len(pools[i]) - 1:
            indices[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        current[i] = pools[i][indices[i]]
        yield tuple(current)


def _check_r(r, n):
    if r is None:
        return n
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """All orderings of r items of the iterable (all of them by default),
    in lexicographic order of the items' positions.
    """
    pool = tuple(iterable)
    if r is not None and not isinstance(r, int):
        raise TypeError('Expected int as r')
    r = _check_r(r, len(pool))
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    used = [True] * r + [False] * (n - r)
    yield tuple([pool[i] for i in indices])
    while True:
        # Find the rightmost position that can take a larger unused index;
        # release positions on the way.
        pos = r - 1
        while pos >= 0:
            current = indices[pos]
            used[current] = False
            candidate = current + 1
            while candidate < n and used[candidate]:
                candidate += 1
            if candidate < n:
                break
            pos -= 1
        if pos < 0:
            return
        indices[pos] = candidate
        used[candidate] = True
        # Refill the positions to the right with the smallest unused indices.
        candidate = 0
        for k in range(pos + 1, r):
            while used[candidate]:
                candidate += 1
            indices[k] = candidate
            used[candidate] = True
        yield tuple([pool[i] for i in indices])


def combinations(iterable, r):
    """All r-item selections of the iterable, each keeping the input
    order, in lexicographic order of positions: for range(4) and r=3,
    (0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3).
    """
    pool = tuple(iterable)
    r = _check_r(r, len(pool))
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        # Position i may go up to n - r + i; find the rightmost below that.
        i = r - 1
        while i >= 0 and indices[i] == n - r + i:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for k in range(i + 1, r):
            indices[k] = indices[k - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """Like combinations(), but an item may be picked several times:
    for 'ABC' and r=2, AA AB AC BB BC CC.
    """
    pool = tuple(iterable)
    r = _check_r(r, len(pool))
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for k in range(i, r):
            indices[k] = value
        yield tuple([pool[k] for k in indices])
