"""Regular expressions: CPython's `re` interface on gilpy's engine.

The engine, re.Pattern and re.Match are C++ (the `_gilpy_re` module,
stdlib/re_*.cpp). This module adds what is easier in Python: the flags,
re.error, the cache of compiled patterns, the module-level functions,
escape() and the experimental Scanner class.
"""

import _gilpy_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ----------------------------------------------------------------- flags
# (name, value) in CPython's declaration order, which is the order repr()
# lists combined flags in.
_FLAG_MEMBERS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The re flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_MEMBERS:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    @property
    def name(self):
        for name, bit in _FLAG_MEMBERS:
            if int(self) == bit:
                return name
        return None if int(self) else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

RegexFlag.NOFLAG = NOFLAG
for _name, _bit in _FLAG_MEMBERS:
    setattr(RegexFlag, _name, globals()[_name])
for _short, _name in (("A", "ASCII"), ("I", "IGNORECASE"), ("L", "LOCALE"), ("U", "UNICODE"),
                      ("M", "MULTILINE"), ("S", "DOTALL"), ("X", "VERBOSE"), ("T", "TEMPLATE")):
    setattr(RegexFlag, _short, globals()[_name])
del _name, _bit, _short


# ----------------------------------------------------------------- errors
class error(Exception):
    """A pattern or replacement template is not valid.

    msg: the message without position; pattern: the pattern (or None);
    pos: where in it the problem is (or None); lineno, colno: the same as
    line and column (or None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


error.__module__ = "re"
_gilpy_re.error = error   # the engine raises it for bad patterns and templates

Pattern = _gilpy_re.Pattern
Match = _gilpy_re.Match


# ----------------------------------------------------------------- the cache
# Compiled patterns by (type, pattern, flags); when full, the oldest entry
# goes. The look-up is _gilpy_re._compile (every re.match() goes through it),
# which keeps at most _MAXCACHE entries.
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    return _gilpy_re._compile(pattern, flags, _cache)


# ----------------------------------------------------------------- functions
def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _gilpy_re._compile(pattern, flags, _cache)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _gilpy_re._compile(pattern, flags, _cache).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _gilpy_re._compile(pattern, flags, _cache).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _gilpy_re._compile(pattern, flags, _cache).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl (a string with backslash escapes, or a function
    called with each Match)."""
    return _gilpy_re._compile(pattern, flags, _cache).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but return a 2-tuple (new_string, number)."""
    return _gilpy_re._compile(pattern, flags, _cache).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings (and the groups
    of the pattern, if it has any)."""
    return _gilpy_re._compile(pattern, flags, _cache).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string: the
    whole matches, the one group's text, or tuples of all groups."""
    return _gilpy_re._compile(pattern, flags, _cache).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string, yielding a Match object for each."""
    return _gilpy_re._compile(pattern, flags, _cache).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern (deprecated; not supported by gilpy)"
    raise NotImplementedError("re: re.template() (the TEMPLATE flag) is not supported by gilpy")


# Characters with a meaning in patterns (and whitespace, which verbose
# patterns skip): escape() puts a backslash before each.
_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


# ----------------------------------------------------------------- Scanner
class Scanner:
    """Experimental: splits a string into tokens by a lexicon of
    (pattern, action) pairs; scan() returns (results, unmatched rest)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            # Each phrase is one group of an alternation; the group that
            # matched (lastindex: the outermost closes last) picks the action.
            inner = _compile(phrase, flags).groups
            parts.append("(" + phrase + ")")
            self._actions[group] = action
            group += 1 + inner
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
