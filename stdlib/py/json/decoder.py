"""Implementation of JSONDecoder (gilpy: pure Python, no re module).

The scanner is hand-written and index-based; its behaviour and error
messages follow CPython's C scanner (Modules/_json.c), which is what
CPython 3.11 uses.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

c_scanstring = None

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

WHITESPACE_STR = ' \t\n\r'
_HEX = '0123456789abcdefABCDEF'


def _hex4(s, pos, errpos):
    # The value of the 4 hex digits at s[pos:pos + 4] (all present).
    esc = s[pos:pos + 4]
    if esc.strip(_HEX):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, errpos)
    return int(esc, 16)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    if end >= 0:
        q = s.find('"', end)
        if q >= 0:
            chunk = s[end:q]
            if '\\' not in chunk and (not strict or chunk.isprintable()
                                       or min(chunk) >= ' '):
                return chunk, q + 1
    return _scanstring_slow(s, end, strict)


def _scanstring_slow(s, end, strict):
    # The general case of py_scanstring: escapes, errors.
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    begin = end - 1
    find = s.find
    q = find('"', end)
    chunks = None
    while True:
        if q < end:
            q = find('"', end)
        stop = q if q >= 0 else n
        b = find('\\', end, stop)
        if b >= 0:
            stop = b
        if stop > end:
            chunk = s[end:stop]
            if strict and not chunk.isprintable() and min(chunk) < ' ':
                i = end
                while s[i] >= ' ':
                    i += 1
                raise JSONDecodeError("Invalid control character at", s, i)
        else:
            chunk = ''
        if b < 0:
            if q < 0:
                raise JSONDecodeError("Unterminated string starting at", s,
                                      begin)
            if chunks is None:
                return chunk, q + 1
            chunks.append(chunk)
            return ''.join(chunks), q + 1
        if chunks is None:
            chunks = [chunk]
        elif chunk:
            chunks.append(chunk)
        nxt = b + 1
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            try:
                chunks.append(BACKSLASH[c])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, b) from None
            end = nxt + 1
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        uni = _hex4(s, nxt, nxt - 1)
        if (0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\'
                and s[end + 1] == 'u'):
            uni2 = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))


scanstring = py_scanstring


def make_scanner(context):
    """Return scan_once(string, idx) -> (value, end) for a JSONDecoder-like
    context; it raises StopIteration(idx) when no JSON value starts at idx."""
    strict = bool(context.strict)
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = context.memo
    memo_get = memo.setdefault
    float_ = float
    int_ = int
    float_fast = parse_float is float
    int_fast = parse_int is int
    _scanstring = py_scanstring
    _slow = _scanstring_slow
    ws = WHITESPACE_STR
    digits = '0123456789'
    numstart = '-0123456789'
    Error = JSONDecodeError

    def _digits(s, idx):
        # The index of the first non-digit at or after idx.
        while True:
            chunk = s[idx:idx + 32]
            k = len(chunk)
            rest = chunk.lstrip(digits)
            idx += k - len(rest)
            if rest or k < 32:
                return idx

    def _number(s, start, n):
        idx = start
        c = s[idx]
        if c == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
            c = s[idx]
            if c == 'I' and s.startswith('-Infinity', start):
                return parse_constant('-Infinity'), start + 9
        if '1' <= c <= '9':
            idx += 1
            chunk = s[idx:idx + 32]
            k = len(chunk)
            rest = chunk.lstrip(digits)
            idx += k - len(rest)
            if not rest and k == 32:
                idx = _digits(s, idx)
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        last = n - 1
        if idx >= last or s[idx] not in '.eE':
            # An int: the common case.
            if int_fast:
                return int_(s[start:idx]), idx
            return parse_int(s[start:idx]), idx
        is_float = False
        if s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx = _digits(s, idx + 2)
        if idx < last and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < last and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            idx = _digits(s, idx)
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = e_start
        if is_float:
            if float_fast:
                return float_(s[start:idx]), idx
            return parse_float(s[start:idx]), idx
        if int_fast:
            return int_(s[start:idx]), idx
        return parse_int(s[start:idx]), idx

    def _value(s, idx, n):
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, strict)
        if c == '{':
            return _object(s, idx + 1, n)
        if c == '[':
            return _array(s, idx + 1, n)
        if c == 'n':
            if s.startswith('null', idx):
                return None, idx + 4
        elif c == 't':
            if s.startswith('true', idx):
                return True, idx + 4
        elif c == 'f':
            if s.startswith('false', idx):
                return False, idx + 5
        elif c == 'N':
            if s.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
        return _number(s, idx, n)

    def _array(s, idx, n):
        values = []
        while idx < n and s[idx] in ws:
            idx += 1
        if idx < n and s[idx] == ']':
            return values, idx + 1
        append = values.append
        while True:
            if idx >= n:
                raise StopIteration(idx)
            c = s[idx]
            if c == '"':
                idx += 1
                q = s.find('"', idx)
                value = s[idx:q]
                if q < 0 or '\\' in value or not (
                        value.isprintable() or not strict or min(value) >= ' '):
                    value, idx = _slow(s, idx, strict)
                else:
                    idx = q + 1
            elif c in numstart:
                value, idx = _number(s, idx, n)
            elif c == '[':
                value, idx = _array(s, idx + 1, n)
            elif c == '{':
                value, idx = _object(s, idx + 1, n)
            else:
                value, idx = _value(s, idx, n)
            append(value)
            while idx < n and s[idx] in ws:
                idx += 1
            if idx < n:
                c = s[idx]
                if c == ']':
                    return values, idx + 1
                if c == ',':
                    idx += 1
                    while idx < n and s[idx] in ws:
                        idx += 1
                    continue
            raise Error("Expecting ',' delimiter", s, idx)

    def _object(s, idx, n):
        if object_pairs_hook is not None:
            pairs = []
            add = pairs.append
        else:
            pairs = {}
            add = None
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise Error("Expecting property name enclosed in double "
                                "quotes", s, idx)
                idx += 1
                q = s.find('"', idx)
                key = s[idx:q]
                if q < 0 or '\\' in key or not (
                        key.isprintable() or not strict or min(key) >= ' '):
                    key, idx = _slow(s, idx, strict)
                else:
                    idx = q + 1
                key = memo_get(key, key)
                if idx < n and s[idx] == ':':
                    idx += 1
                else:
                    while idx < n and s[idx] in ws:
                        idx += 1
                    if idx >= n or s[idx] != ':':
                        raise Error("Expecting ':' delimiter", s, idx)
                    idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n:
                    raise StopIteration(idx)
                c = s[idx]
                if c == '"':
                    idx += 1
                    q = s.find('"', idx)
                    value = s[idx:q]
                    if q < 0 or '\\' in value or not (
                            value.isprintable() or not strict
                            or min(value) >= ' '):
                        value, idx = _slow(s, idx, strict)
                    else:
                        idx = q + 1
                elif c in numstart:
                    value, idx = _number(s, idx, n)
                elif c == '{':
                    value, idx = _object(s, idx + 1, n)
                elif c == '[':
                    value, idx = _array(s, idx + 1, n)
                else:
                    value, idx = _value(s, idx, n)
                if add is None:
                    pairs[key] = value
                else:
                    add((key, value))
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n:
                    c = s[idx]
                    if c == '}':
                        break
                    if c == ',':
                        idx += 1
                        while idx < n and s[idx] in ws:
                            idx += 1
                        continue
                raise Error("Expecting ',' delimiter", s, idx)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx + 1
        if object_hook is not None:
            return object_hook(pairs), idx + 1
        return pairs, idx + 1

    def scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError('first argument must be a string, not %.80s'
                            % type(string).__name__)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _value(string, idx, len(string))
        finally:
            memo.clear()

    return scan_once


py_make_scanner = make_scanner


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in WHITESPACE_STR:
        idx += 1
    return idx


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:
    object -> dict, array -> list, string -> str, number (int) -> int,
    number (real) -> float, true -> True, false -> False, null -> None.

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """``object_hook``, if specified, will be called with the result
        of every JSON object decoded and its return value will be used in
        place of the given ``dict``.

        ``object_pairs_hook``, if specified will be called with the result of
        every JSON object decoded with an ordered list of pairs; it takes
        priority over ``object_hook``.

        ``parse_float``, ``parse_int`` and ``parse_constant``, if specified,
        are called with the string of every JSON float, int, and of
        -Infinity, Infinity, NaN respectively.

        If ``strict`` is false (true is the default), then control
        characters will be allowed inside strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=_skip_ws):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        obj, end = self.raw_decode(s, idx=_w(s, 0))
        end = _w(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
