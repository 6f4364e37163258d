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
            return _encode_ref(obj)
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


def _encode_ref(obj):
    # "mp-ref:TOKEN|MODULE|QUALNAME": the token, and for a function its
    # name, used when the token cannot be resolved (a function sent from a
    # child back to its parent: it exists there, but the parent was not
    # forked after it).
    tok = _object_ref(obj)
    if isinstance(tok, tuple):
        tok = ','.join(str(t) for t in tok)
    else:
        tok = str(tok)
    module = qualname = ''
    if isinstance(obj, types.FunctionType):
        module = getattr(obj, '__module__', None) or ''
        qualname = getattr(obj, '__qualname__', None) or ''
    return _PREFIX + tok + '|' + module + '|' + qualname


def _by_name(module, qualname):
    import sys
    if not module or not qualname or '<' in qualname:
        return None
    obj = sys.modules.get(module)
    if obj is None:
        return None
    for part in qualname.split('.'):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def _decode_ref(pid):
    tok, module, qualname = pid[len(_PREFIX):].split('|', 2)
    parts = tuple(int(t) for t in tok.split(','))
    token = parts if len(parts) > 1 else parts[0]
    try:
        return _object_deref(token)
    except ValueError:
        obj = _by_name(module, qualname)
        if obj is None:
            raise
        return obj


class _ForkingUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str) and pid.startswith(_PREFIX):
            return _decode_ref(pid)
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
