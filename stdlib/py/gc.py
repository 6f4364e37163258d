"""gc: the garbage collector interface.

gilpy frees objects by reference counting alone: it has no cycle collector
(docs/DIFFERENCES.md), so reference cycles live until the process exits.
collect() therefore finds nothing to free and returns 0, which is the
number of unreachable objects it collected. The switches and thresholds are
kept so that programs which tune them run unchanged.
"""

_enabled = True
_threshold = (700, 10, 10)
garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL
_debug = 0


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_count():
    return (0, 0, 0)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    """Whether the cycle collector would track obj: containers and instances."""
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def get_objects(generation=None):
    raise NotImplementedError("gc.get_objects: gilpy keeps no list of tracked objects")


def get_referrers(*objs):
    raise NotImplementedError("gc.get_referrers: gilpy keeps no list of tracked objects")


def get_referents(*objs):
    raise NotImplementedError("gc.get_referents is not supported by gilpy")
