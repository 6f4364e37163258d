"""Binary min-heaps stored in plain lists (priority queues).

A list is a heap when every a[k] is not greater than a[2*k+1] and a[2*k+2]
(where those exist), so a[0] is the smallest item.  Items are compared
with < only.

The sift routines follow the same steps as CPython's, so that every
operation leaves the list in exactly the order CPython would: popping
moves the smaller child up all the way to a leaf and then lets the
displaced item bubble back up, which needs fewer comparisons on average
than stopping early.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, funcname, only_arg):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (funcname, '' if only_arg else ' 1',
                           type(heap).__name__))


################################################################################
# Sifting (min-heap and max-heap variants)
################################################################################

def _bubble_up(heap, top, pos):
    """Move heap[pos] towards the root (never above index top) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos: descend to a leaf always following the
    smaller child, then bubble the original item up from there."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


################################################################################
# Public min-heap operations
################################################################################

def heappush(heap, item):
    """Add item to the heap."""
    _check_list(heap, 'heappush', False)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item of the heap."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Remove and return the smallest item, then add item; one pass, and
    the returned item may be larger than the added one."""
    _check_list(heap, 'heapreplace', False)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Add item, then remove and return the smallest item, in one pass
    (item itself comes back when it is the smallest)."""
    _check_list(heap, 'heappushpop', False)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', True)
    # Every index from len(x)//2 on is a leaf; fix the parents bottom-up.
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


################################################################################
# Private max-heap operations (CPython has these too)
################################################################################

def _heappop_max(heap):
    """heappop() for a heap with the largest item first."""
    _check_list(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """heapreplace() for a heap with the largest item first."""
    _check_list(heap, '_heapreplace_max', False)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heapify_max(x):
    """heapify() making the largest item first."""
    _check_list(x, '_heapify_max', True)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


################################################################################
# merge, nsmallest, nlargest
################################################################################

def merge(*iterables, key=None, reverse=False):
    """Lazily combine already sorted inputs into one sorted stream.

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse) but
    lazy; equal items come out in the order of the inputs they came from.
    """
    if reverse:
        make_heap, restore, pop, sign = _heapify_max, _sink_max, _heappop_max, -1
    else:
        make_heap, restore, pop, sign = heapify, _sink, heappop, 1
    # Entries are [sort key, tie breaker, value, iterator]; the tie breaker
    # is unique, so values and iterators are never compared.
    heap = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            heap.append([k, order * sign, value, it])
            break
        order += 1
    make_heap(heap)
    if key is None:
        while len(heap) > 1:
            entry = heap[0]
            yield entry[2]
            try:
                value = next(entry[3])
            except StopIteration:
                pop(heap)
                continue
            entry[0] = entry[2] = value
            restore(heap, 0)
    else:
        while len(heap) > 1:
            entry = heap[0]
            yield entry[2]
            try:
                value = next(entry[3])
            except StopIteration:
                pop(heap)
                continue
            entry[0] = key(value)
            entry[2] = value
            restore(heap, 0)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def _known_size(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def _take_decorated(it, n, key, sign):
    # Up to n first elements (n >= 1) as (key, sign * position, element).
    kept = []
    for elem in it:
        kept.append((elem if key is None else key(elem), sign * len(kept),
                     elem))
        if len(kept) == n:
            break
    return kept


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; the same list as
    sorted(iterable, key=key)[:n]."""
    if n == 1:
        return _extreme(min, iterable, key)
    size = _known_size(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep the n best as a max-heap of (key, position, element); the root
    # is the worst kept candidate.  Positions break ties in favour of the
    # earlier element and keep elements out of the comparisons.
    it = iter(iterable)
    kept = _take_decorated(it, n, key, 1)
    if not kept:
        return []
    _heapify_max(kept)
    worst = kept[0][0]
    position = n
    for elem in it:
        k = elem if key is None else key(elem)
        if k < worst:
            kept[0] = (k, position, elem)
            _sink_max(kept, 0)
            worst = kept[0][0]
        position += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; the same list as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        return _extreme(max, iterable, key)
    size = _known_size(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # Mirror image of nsmallest: a min-heap whose root is the worst kept
    # candidate; negated positions make earlier elements win ties.
    it = iter(iterable)
    kept = _take_decorated(it, n, key, -1)
    if not kept:
        return []
    heapify(kept)
    worst = kept[0][0]
    position = -n
    for elem in it:
        k = elem if key is None else key(elem)
        if worst < k:
            kept[0] = (k, position, elem)
            _sink(kept, 0)
            worst = kept[0][0]
        position -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]


_EMPTY = object()


def _extreme(choose, iterable, key):
    # n == 1: a single min() or max() pass.
    if key is None:
        result = choose(iterable, default=_EMPTY)
    else:
        result = choose(iterable, default=_EMPTY, key=key)
    return [] if result is _EMPTY else [result]
