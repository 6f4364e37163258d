"""A collection of string constants, and the Template and Formatter classes.

Template placeholders are found by a small hand-written scanner instead of
a regular expression; Formatter parses format strings itself too.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s: s is split with s.split(sep), the words
    capitalized and joined with sep (one space when sep is None, so that
    whitespace runs collapse and the ends are trimmed)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


################################################################################
# Template
################################################################################

_ID_START = frozenset(ascii_letters + '_')
_ID_CHARS = frozenset(ascii_letters + digits + '_')


def _identifier_end(text, i):
    """End index of the ASCII identifier starting at text[i], or i if none
    starts there (the default Template idpattern, case-insensitively)."""
    n = len(text)
    if i >= n or text[i] not in _ID_START:
        return i
    i += 1
    while i < n and text[i] in _ID_CHARS:
        i += 1
    return i


class _MergedMapping:
    # Keyword arguments first, then the positional mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _pick_mapping(method, args, kws):
    # Emulates `def method(self, mapping=<unset>, /, **kws)`.
    if len(args) > 1:
        raise TypeError('%s() takes from 1 to 2 positional arguments but %d '
                        'were given' % (method, len(args) + 1))
    if not args:
        return kws
    if kws:
        return _MergedMapping(kws, args[0])
    return args[0]


class Template:
    """A template string with $-placeholders.

    $$ is an escape, $name and ${name} are placeholders.  Subclasses may
    change `delimiter`; `idpattern`, `braceidpattern`, `flags` and `pattern`
    are not used by this implementation (identifiers are always ASCII
    letters, digits and underscores, not starting with a digit).
    """

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (kind, start, end, name) for each delimiter occurrence, with
        kind one of 'escaped', 'named', 'braced', 'invalid'.  For 'invalid',
        end is just past the delimiter."""
        text = self.template
        delim = self.delimiter
        width = len(delim)
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0:
                return
            j = i + width
            if text.startswith(delim, j):
                pos = j + width
                yield 'escaped', i, pos, None
                continue
            end = _identifier_end(text, j)
            if end > j:
                pos = end
                yield 'named', i, end, text[j:end]
                continue
            if text.startswith('{', j):
                end = _identifier_end(text, j + 1)
                if end > j + 1 and text.startswith('}', end):
                    pos = end + 1
                    yield 'braced', i, pos, text[j + 1:end]
                    continue
            pos = j
            yield 'invalid', i, j, None

    def _invalid(self, i):
        # i is just past the delimiter.  Line and column as CPython reports
        # them: both come from the lines of text[:i], so the column is the
        # length of its last line.
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = len(lines[-1])
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(*args, **kws):
        """Substitute placeholders from a mapping and/or keyword arguments;
        missing names raise KeyError, malformed placeholders ValueError."""
        if not args:
            raise TypeError("substitute() missing 1 required positional "
                            "argument: 'self'")
        self = args[0]
        mapping = _pick_mapping('Template.substitute', args[1:], kws)
        text = self.template
        parts = []
        pos = 0
        for kind, start, end, name in self._placeholders():
            parts.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                parts.append(str(mapping[name]))
        parts.append(text[pos:])
        return ''.join(parts)

    def safe_substitute(*args, **kws):
        """Like substitute(), but leave missing or malformed placeholders
        in the result unchanged."""
        if not args:
            raise TypeError("safe_substitute() missing 1 required positional "
                            "argument: 'self'")
        self = args[0]
        mapping = _pick_mapping('Template.safe_substitute', args[1:], kws)
        text = self.template
        parts = []
        pos = 0
        for kind, start, end, name in self._placeholders():
            parts.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                parts.append(self.delimiter)
            else:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
        parts.append(text[pos:])
        return ''.join(parts)

    def is_valid(self):
        """Return False if the template has a malformed placeholder."""
        for kind, start, end, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """Return the placeholder names, in order of first appearance."""
        ids = []
        for kind, start, end, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


################################################################################
# Formatter
################################################################################

def _parse_format(text):
    """Yield (literal_text, field_name, format_spec, conversion) tuples like
    str.format's parser; errors are raised when reached, as CPython does."""
    n = len(text)
    pos = 0
    literal = []
    while pos < n:
        c = text[pos]
        if c != '{' and c != '}':
            literal.append(c)
            pos += 1
            continue
        doubled = pos + 1 < n and text[pos + 1] == c
        if doubled:
            # An escaped brace ends the current literal chunk.
            literal.append(c)
            pos += 2
            yield ''.join(literal), None, None, None
            literal = []
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if pos + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        field_name, spec, conversion, pos = _parse_field(text, pos + 1)
        yield ''.join(literal), field_name, spec, conversion
        literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _parse_field(text, pos):
    """Parse a replacement field whose name starts at pos; return
    (field_name, format_spec, conversion, position after the field)."""
    n = len(text)
    start = pos
    in_brackets = False
    while pos < n:
        c = text[pos]
        if c == '[':
            in_brackets = True
        elif c == ']':
            in_brackets = False
        elif not in_brackets:
            if c == '}' or c == ':' or c == '!':
                break
            if c == '{':
                raise ValueError("unexpected '{' in field name")
        pos += 1
    if pos >= n:
        raise ValueError("expected '}' before end of string")
    field_name = text[start:pos]
    conversion = None
    if text[pos] == '!':
        if pos + 1 >= n:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = text[pos + 1]
        pos += 2
        if pos >= n:
            raise ValueError("unmatched '{' in format spec")
        if text[pos] != ':' and text[pos] != '}':
            raise ValueError("expected ':' after conversion specifier")
    if text[pos] == '}':
        return field_name, '', conversion, pos + 1
    # A format spec: runs to the '}' balancing the field's opening brace.
    pos += 1
    spec_start = pos
    depth = 1
    while pos < n:
        c = text[pos]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:pos], conversion, pos + 1
        pos += 1
    raise ValueError("unmatched '{' in format spec")


def _is_ascii_digits(s):
    if not s:
        return False
    for c in s:
        if c not in digits:
            return False
    return True


def _split_field_name(field_name):
    """Split 'a.b[0]' into ('a', iterator of (is_attribute, key))."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    if _is_ascii_digits(first):
        first = int(first)
    return first, _field_accessors(field_name, i)


def _field_accessors(text, pos):
    n = len(text)
    while pos < n:
        c = text[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < n and text[pos] != '.' and text[pos] != '[':
                pos += 1
            name = text[start:pos]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield True, name
        else:
            start = pos
            while pos < n and text[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            key = text[start:pos]
            if not key:
                raise ValueError('Empty attribute in format string')
            pos += 1
            if pos < n and text[pos] != '.' and text[pos] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 'field specifier')
            yield False, int(key) if _is_ascii_digits(key) else key


class Formatter:
    """The engine behind str.format, with overridable steps."""

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        if len(args) < 2:
            raise TypeError("format() missing 1 required positional "
                            "argument: 'format_string'")
        self, format_string = args[0], args[1]
        return self.vformat(format_string, args[2:], kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once
        # a field was numbered explicitly (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif _is_ascii_digits(field_name):
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)
        tuples; field_name is None for a trailing literal."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve 'name.attr[key]' to (object, first part of the name)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
