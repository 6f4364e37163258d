"""Pickling for gilpy's multiprocessing.

ForkingPickler is a pickle.Pickler whose persistent_id sends functions
(also lambdas and closures), shared arrays and process-shared semaphores
by reference: as a `_multiprocessing.object_ref` token.  A process forked
after the object was created holds the very same object, and the
unpickler turns the token back into it with `_multiprocessing.object_deref`.
An object created after the receiving process was forked cannot be found
there: object_deref raises a ValueError that says so.

Everything else is pickled by value (by qualified name for classes and
other named objects), as in CPython.
"""

import io
import pickle
import types

import _multiprocessing

__all__ = ['ForkingPickler', 'dumps', 'loads', 'register', 'DefaultPickler']

_REF_TYPES = [types.FunctionType]
for _name in ('SharedArray', 'SemLock'):
    _t = getattr(_multiprocessing, _name, None)
    if _t is not None:
        _REF_TYPES.append(_t)
_REF_TYPES = tuple(_REF_TYPES)
del _name, _t

_object_ref = _multiprocessing.object_ref
_object_deref = _multiprocessing.object_deref

# Extra reducers registered with register(): type -> reduce function.
_extra_reducers = {}

_PREFIX = 'mp-ref:'


class ForkingPickler(pickle.Pickler):
    """Pickler used by multiprocessing: functions, SharedArrays and SemLocks
    travel by reference."""

    _extra_reducers = _extra_reducers

    def persistent_id(self, obj):
        if isinstance(obj, _REF_TYPES):
            return _PREFIX + str(_object_ref(obj))
        return None

    @classmethod
    def register(cls, type, reduce):
        """Register a reduce function for a type."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getvalue()

    loads = None   # set below (a staticmethod)


class _ForkingUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str) and pid.startswith(_PREFIX):
            return _object_deref(int(pid[len(_PREFIX):]))
        raise pickle.UnpicklingError(
            'unsupported persistent id: %r' % (pid,))


def loads(data):
    """Inverse of ForkingPickler.dumps()."""
    return _ForkingUnpickler(io.BytesIO(data)).load()


def dumps(obj, protocol=None):
    return ForkingPickler.dumps(obj, protocol)


ForkingPickler.loads = staticmethod(loads)
register = ForkingPickler.register
DefaultPickler = ForkingPickler


def dump(obj, file, protocol=None):
    ForkingPickler(file, protocol).dump(obj)
