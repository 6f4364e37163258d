"""Shared memory values and arrays (gilpy): RawValue, RawArray, Value,
Array, synchronized.

The memory is a _multiprocessing.SharedArray: an mmap(MAP_SHARED) region,
so children forked after it was created see every write.  Type codes are
those of the array module ('b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q',
'Q', 'f', 'd', and 'c' for single bytes); a ctypes-style type (any object
with a `_type_` type code, such as ctypes.c_double) is accepted too.

RawArray returns the SharedArray itself (indexing, slices, len,
iteration, tolist; native kernels read it as a contiguous buffer).
RawValue returns an object with a `value` attribute.  Value and Array wrap
them with a process-shared lock (an RLock by default), as CPython's
Synchronized and SynchronizedArray wrappers do.
"""

import _multiprocessing

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

_SharedArray = _multiprocessing.SharedArray

# What CPython's ctypes objects are called (x86-64 Linux: long long is
# long), for reprs.
_CTYPE_NAMES = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte',
    'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint',
    'l': 'c_long', 'L': 'c_ulong', 'q': 'c_long', 'Q': 'c_ulong',
    'f': 'c_float', 'd': 'c_double',
}

typecode_to_type = dict(_CTYPE_NAMES)


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str):
        tc = typecode_or_type
    else:
        tc = getattr(typecode_or_type, '_type_', None)
        if not isinstance(tc, str):
            raise TypeError(
                "expected an array type code (such as 'd') or a ctypes "
                "simple type, not %r" % (typecode_or_type,))
    if tc not in _CTYPE_NAMES or tc == 'u':
        raise ValueError(
            "bad typecode %r (must be one of b, B, h, H, i, I, l, L, q, Q, "
            "f, d or c)" % (tc,))
    return tc


class _RawValue(object):
    """One shared value: the `value` attribute reads and writes the shared
    memory."""

    __slots__ = ('_arr',)

    def __init__(self, arr):
        self._arr = arr

    @property
    def value(self):
        return self._arr[0]

    @value.setter
    def value(self, v):
        self._arr[0] = v

    @property
    def _type_(self):
        return self._arr.typecode

    def __getstate__(self):
        return {'_arr': self._arr}

    def __setstate__(self, state):
        self._arr = state['_arr']

    def __repr__(self):
        return '%s(%r)' % (_CTYPE_NAMES[self._arr.typecode], self._arr[0])


def RawValue(typecode_or_type, *args):
    """A shared value, not synchronized."""
    tc = _typecode(typecode_or_type)
    arr = _SharedArray(tc, 1)
    if len(args) > 1:
        raise TypeError('%s takes at most 1 initial value (%d given)'
                        % (_CTYPE_NAMES[tc], len(args)))
    if args:
        arr[0] = args[0]
    return _RawValue(arr)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array (zero-filled if given a size), not synchronized."""
    tc = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        if size_or_initializer < 0:
            raise ValueError('Array length must be >= 0, not %d'
                             % size_or_initializer)
        return _SharedArray(tc, size_or_initializer)
    init = size_or_initializer
    if not hasattr(init, '__len__'):
        init = list(init)
    arr = _SharedArray(tc, len(init))
    if len(init):
        if tc == 'c' and isinstance(init, (bytes, bytearray)):
            init = [init[i:i + 1] for i in range(len(init))]
        arr[:] = init
    return arr


def _get_lock(lock, ctx):
    if lock in (True, None):
        if ctx is None:
            from multiprocessing import context
            ctx = context._default_context.get_context()
        return ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value, synchronized with a lock unless lock=False."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _get_lock(lock, ctx))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array, synchronized with a lock unless lock=False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, _get_lock(lock, ctx))


def copy(obj):
    """A new shared object with the same contents."""
    if isinstance(obj, _RawValue):
        return RawValue(obj._arr.typecode, obj.value)
    return RawArray(obj.typecode, obj[:])


def synchronized(obj, lock=None, ctx=None):
    """Wrap a raw shared object with a lock."""
    lock = _get_lock(lock, ctx)
    if isinstance(obj, _RawValue):
        return Synchronized(obj, lock)
    if isinstance(obj, _SharedArray):
        return SynchronizedArray(obj, lock)
    raise TypeError('cannot synchronize %r' % (obj,))


class SynchronizedBase(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else _get_lock(True, ctx)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        return self._lock.release()

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj._arr[0]

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj._arr[0] = v


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        with self._lock:
            items = self._obj[:]
        return iter(items)

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self._lock:
            self._obj[start:stop] = values

    def __repr__(self):
        return '<%s wrapper for <multiprocessing.sharedctypes.%s_Array_%d>>' % (
            type(self).__name__, _CTYPE_NAMES[self._obj.typecode],
            len(self._obj))


class SynchronizedString(SynchronizedArray):

    @property
    def value(self):
        with self._lock:
            return b''.join(self._obj[:]).split(b'\0', 1)[0]

    @property
    def raw(self):
        with self._lock:
            return b''.join(self._obj[:])
