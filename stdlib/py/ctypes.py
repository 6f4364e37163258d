"""ctypes — only its simple C data types, as multiprocessing uses them.

gilpy has no foreign-function interface: `CDLL`, pointers, structures and
the rest of ctypes are not available (using them raises AttributeError /
NotImplementedError naming the feature). What is here are the simple types —
c_int, c_double, ... — each with its `_type_` code, so that
`multiprocessing.RawArray(ctypes.c_double, n)` and `Value(ctypes.c_int, 0)`
run unchanged, and `sizeof()` of them.
"""

_SIZES = {'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8, 'g': 16, 'u': 4}
_BITS = {'b': 8, 'h': 16, 'i': 32, 'l': 64, 'q': 64}


class _SimpleCData:
    """A C value held by a Python object: `.value` converts on assignment
    (integers wrap around to the C type's width, as in ctypes)."""
    _type_ = None
    __slots__ = ('_value',)

    def __init__(self, value=None):
        self.value = self._default() if value is None else value

    @classmethod
    def _default(cls):
        return {'c': b'\x00', 'd': 0.0, 'f': 0.0, '?': False}.get(cls._type_, 0)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        t = self._type_
        if t in 'df':
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            self._value = float(v)
        elif t == 'c':
            if not (isinstance(v, bytes) and len(v) == 1):
                raise TypeError("one character bytes, bytearray or integer expected")
            self._value = v
        elif t == '?':
            self._value = bool(v)
        else:
            if not isinstance(v, int):
                raise TypeError("int expected instead of %s" % type(v).__name__)
            bits = 8 * _SIZES[t]
            v &= (1 << bits) - 1
            if t.islower() and v >= 1 << (bits - 1):
                v -= 1 << bits
            self._value = v

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._value)


def _make(name, code):
    return type(name, (_SimpleCData,), {'_type_': code, '__slots__': (), '__module__': 'ctypes'})


c_byte = _make('c_byte', 'b')
c_ubyte = _make('c_ubyte', 'B')
c_short = _make('c_short', 'h')
c_ushort = _make('c_ushort', 'H')
c_int = _make('c_int', 'i')
c_uint = _make('c_uint', 'I')
c_long = _make('c_long', 'l')
c_ulong = _make('c_ulong', 'L')
c_longlong = c_long          # the same type on x86-64 Linux, as in CPython
c_ulonglong = c_ulong
c_int8, c_uint8, c_int16, c_uint16 = c_byte, c_ubyte, c_short, c_ushort
c_int32, c_uint32, c_int64, c_uint64 = c_int, c_uint, c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long
c_float = _make('c_float', 'f')
c_double = _make('c_double', 'd')
c_char = _make('c_char', 'c')
c_bool = _make('c_bool', '?')


def sizeof(obj_or_type):
    t = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    code = getattr(t, '_type_', None)
    if code not in _SIZES:
        raise TypeError("this type has no size")
    return _SIZES[code]


def __getattr__(name):
    raise AttributeError("module 'ctypes' has no attribute %r (gilpy's ctypes has only the simple "
                         "C types: no foreign-function interface)" % name)
