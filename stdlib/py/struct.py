"""struct: conversions between Python values and C structs as bytes.

Integers go through int.to_bytes/int.from_bytes; floats through a one-item
array.array ('d' or 'f'), which holds the machine's IEEE-754 bytes (this
machine is little-endian, as every platform gilpy builds on). Native mode
('@', the default) aligns each field to its size, as a C compiler does on
x86-64 and aarch64; the other byte-order characters use standard sizes and no
alignment. The half-precision 'e' code is not supported (NotImplementedError).
"""
import array as _array
import sys as _sys

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


# code -> (standard size, native size, kind)
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"),
    "?": (1, 1, "bool"), "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"),
    "I": (4, 4, "uint"), "l": (4, 8, "int"), "L": (4, 8, "uint"), "q": (8, 8, "int"),
    "Q": (8, 8, "uint"), "n": (None, 8, "int"), "N": (None, 8, "uint"), "f": (4, 4, "float"),
    "d": (8, 8, "float"), "s": (1, 1, "bytes"), "p": (1, 1, "pascal"), "P": (None, 8, "uint"),
}


def _parse(fmt):
    """(byte order, native?, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    order, native, i = "<" if _sys.byteorder == "little" else ">", True, 0
    if fmt and fmt[0] in "@=<>!":
        c = fmt[0]
        native = c == "@"
        order = {"@": order, "=": order, "<": "<", ">": ">", "!": ">"}[c]
        i = 1
    fields, offset = [], 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < len(fmt) and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j == len(fmt):
                raise error("repeat count given without format specifier")
            i, c = j, fmt[j]
        if c == "e":
            raise NotImplementedError("struct: the half-precision 'e' format is not supported by gilpy")
        if c not in _CODES:
            raise error("bad char in struct format")
        std, nat, kind = _CODES[c]
        if not native and std is None:
            raise error("bad char in struct format")
        size = nat if native else std
        if native and size > 1 and kind not in ("bytes", "pascal", "char", "pad"):
            offset = (offset + size - 1) // size * size
        n = 1 if count is None else count
        if kind in ("bytes", "pascal"):
            fields.append((c, n, offset, n))
            offset += n
        elif kind == "pad":
            offset += n
        else:
            for _ in range(n):
                fields.append((c, 1, offset, size))
                offset += size
        i += 1
    return order, native, fields, offset


def _int_range(code, size):
    kind = _CODES[code][2]
    if kind == "uint":
        return 0, (1 << (8 * size)) - 1
    return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1


def _pack_field(code, size, count, value, order):
    kind = _CODES[code][2]
    if kind in ("int", "uint"):
        if not isinstance(value, int):
            if hasattr(type(value), "__index__"):
                value = value.__index__()
            else:
                raise error("required argument is not an integer")
        lo, hi = _int_range(code, size)
        if not lo <= value <= hi:
            named = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
            if code in named:
                raise error(f"{named[code]} format requires {lo} <= number <= {hi}")
            if size == 8 or (kind == "uint" and value < 0):
                raise error("argument out of range")
            raise error(f"'{code}' format requires {lo} <= number <= {hi}")
        return value.to_bytes(size, "little" if order == "<" else "big", signed=kind == "int")
    if kind == "bool":
        return b"\x01" if value else b"\x00"
    if kind == "float":
        if not isinstance(value, (int, float)):
            raise error("required argument is not a float")
        raw = _array.array("d" if size == 8 else "f", [float(value)]).tobytes()
        return raw if (order == "<") == (_sys.byteorder == "little") else raw[::-1]
    if kind == "char":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if kind in ("bytes", "pascal"):
        if not isinstance(value, (bytes, bytearray)):
            raise error(f"argument for '{code}' must be a bytes object")
        if kind == "pascal":
            n = min(len(value), count - 1, 255) if count else 0
            return (bytes([n]) + bytes(value[:n])).ljust(count, b"\x00")[:count]
        return bytes(value[:count]).ljust(count, b"\x00")
    raise error("bad char in struct format")


def _unpack_field(code, size, count, raw, order):
    kind = _CODES[code][2]
    if kind in ("int", "uint"):
        return int.from_bytes(raw, "little" if order == "<" else "big", signed=kind == "int")
    if kind == "bool":
        return raw != b"\x00"
    if kind == "float":
        if (order == "<") != (_sys.byteorder == "little"):
            raw = raw[::-1]
        a = _array.array("d" if size == 8 else "f")
        a.frombytes(raw)
        return a[0]
    if kind == "char":
        return raw
    if kind == "pascal":
        n = min(raw[0], count - 1) if count else 0
        return raw[1:1 + n]
    return raw


class Struct:
    def __init__(self, format):
        self._order, _, self._fields, self.size = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format

    def pack(self, *values):
        if len(values) != len(self._fields):
            raise error(f"pack expected {len(self._fields)} items for packing (got {len(values)})")
        out = bytearray(self.size)
        for (code, count, offset, size), v in zip(self._fields, values):
            out[offset:offset + size] = _pack_field(code, size, count, v, self._order)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or offset + self.size > len(buffer):
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for packing "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or len(buffer) - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        return self._unpack(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return (self._unpack(buffer, i) for i in range(0, len(buffer), self.size))

    def _unpack(self, buffer, base):
        return tuple(_unpack_field(code, size, count, buffer[base + off:base + off + size], self._order)
                     for code, count, off, size in self._fields)

    def __repr__(self):
        return f"Struct({self.format!r})"


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
