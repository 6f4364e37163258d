"""Implementation of JSONEncoder (gilpy: pure Python, no re module).

Strings are escaped with str.translate and a per-character table; encode()
builds its output in one list (the fast path CPython's C encoder takes), while
iterencode() is a generator, as in CPython's pure-Python encoder.
"""

__all__ = ['JSONEncoder']

c_encode_basestring_ascii = None
c_encode_basestring = None
c_make_encoder = None

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

INFINITY = float('inf')

# str.translate tables (code point -> replacement).
_TABLE = {ord(_k): _v for _k, _v in ESCAPE_DCT.items()}


class _AsciiTable(dict):
    # Every ASCII character is present; others are escaped on first use.
    def __missing__(self, code):
        if code < 0x10000:
            text = '\\u{0:04x}'.format(code)
        else:
            n = code - 0x10000
            s1 = 0xd800 | ((n >> 10) & 0x3ff)
            s2 = 0xdc00 | (n & 0x3ff)
            text = '\\u{0:04x}\\u{1:04x}'.format(s1, s2)
        self[code] = text
        return text


_ASCII_TABLE = _AsciiTable()
for _i in range(0x80):
    _ASCII_TABLE[_i] = _TABLE.get(_i, chr(_i))
_ASCII_TABLE[0x7f] = '\\u007f'
del _i


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s'
                        % type(s).__name__)


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    _check_str(s)
    return '"' + s.translate(_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    _check_str(s)
    return '"' + s.translate(_ASCII_TABLE) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


def _c_floatstr(allow_nan):
    # The message of CPython's C encoder (encode() without indent).
    _repr = float.__repr__

    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _repr(o)
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text
    return floatstr


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None.
    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method that returns a serializable object for ``o`` if
    possible, otherwise it should call the superclass implementation (to
    raise ``TypeError``).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)
        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan,
                     _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        if _one_shot:
            if self.indent is None:
                floatstr = _c_floatstr(self.allow_nan)
            encode = _make_fast_encoder(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys)
            return [encode(o)]
        _iterencode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _key_error(key):
    return TypeError(f'keys must be str, int, float, bool or None, '
                     f'not {key.__class__.__name__}')


def _make_fast_encoder(markers, _default, _encoder, _indent, _floatstr,
                       _key_separator, _item_separator, _sort_keys,
                       _skipkeys):
    """Return a function encoding one object to a str in a single pass."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    _intstr = int.__repr__
    ValueError_ = ValueError

    def _list(lst, out, level):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError_("Circular reference detected")
            markers[markerid] = lst
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            out.append('[' + newline_indent)
        else:
            separator = _item_separator
            out.append('[')
        append = out.append
        first = True
        for value in lst:
            if first:
                first = False
            else:
                append(separator)
            if isinstance(value, str):
                append(_encoder(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif isinstance(value, int):
                append(_intstr(value))
            elif isinstance(value, float):
                append(_floatstr(value))
            elif isinstance(value, (list, tuple)):
                _list(value, out, level)
            elif isinstance(value, dict):
                _dict(value, out, level)
            else:
                _other(value, out, level)
        if _indent is not None:
            append('\n' + _indent * (level - 1))
        append(']')
        if markers is not None:
            del markers[markerid]

    def _dict(dct, out, level):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError_("Circular reference detected")
            markers[markerid] = dct
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            out.append('{' + newline_indent)
        else:
            item_separator = _item_separator
            out.append('{')
        append = out.append
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise _key_error(key)
            if first:
                first = False
            else:
                append(item_separator)
            append(_encoder(key))
            append(_key_separator)
            if isinstance(value, str):
                append(_encoder(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif isinstance(value, int):
                append(_intstr(value))
            elif isinstance(value, float):
                append(_floatstr(value))
            elif isinstance(value, (list, tuple)):
                _list(value, out, level)
            elif isinstance(value, dict):
                _dict(value, out, level)
            else:
                _other(value, out, level)
        if _indent is not None:
            append('\n' + _indent * (level - 1))
        append('}')
        if markers is not None:
            del markers[markerid]

    def _other(o, out, level):
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError_("Circular reference detected")
            markers[markerid] = o
        _value(_default(o), out, level)
        if markers is not None:
            del markers[markerid]

    def _value(o, out, level):
        if isinstance(o, str):
            out.append(_encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(_intstr(o))
        elif isinstance(o, float):
            out.append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            _list(o, out, level)
        elif isinstance(o, dict):
            _dict(o, out, level)
        else:
            _other(o, out, level)

    def encode(o):
        out = []
        _value(o, out, 0)
        return ''.join(out)
    return encode


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot,
                     ValueError=ValueError,
                     dict=dict,
                     float=float,
                     id=id,
                     int=int,
                     isinstance=isinstance,
                     list=list,
                     str=str,
                     tuple=tuple,
                     _intstr=int.__repr__,
                     ):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise _key_error(key)
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]
    return _iterencode
