"""Bisection algorithms for sorted sequences.

The comparisons made are the same as CPython's (x < a[mid] for the right
variants, a[mid] < x for the left ones), so objects with unusual ordering
behave identically.  key, when given, is applied to the elements of a only.
"""


def _as_int(x):
    if isinstance(x, int):
        return x
    method = getattr(type(x), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return method(x)


def _bounds(a, lo, hi):
    lo = _as_int(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    # CPython treats hi=-1 like hi=None (its internal "not given" value).
    if hi is None:
        hi = len(a)
    else:
        hi = _as_int(hi)
        if hi == -1:
            hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Insertion point for x in the sorted a[lo:hi], after any items
    equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Insertion point for x in the sorted a[lo:hi], before any items
    equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


# Backward-compatible aliases.
bisect = bisect_right
insort = insort_right
