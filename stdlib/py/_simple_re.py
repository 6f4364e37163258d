"""A small backtracking regular-expression matcher, for gilpy without `re`.

warnings.filterwarnings() takes its message and module as regular
expressions; this module gives them compile(...).match(...) where the
interpreter has no `re`.  It understands literals, '.', character classes
([a-z], [^...], \\d \\w \\s and their negations), the anchors ^ $ \\A \\Z,
groups ( ) and (?: ) with '|', and the quantifiers * + ? {m} {m,} {m,n} with
their lazy forms.  Anything else (backreferences, lookarounds, named groups,
inline flags) raises NotImplementedError naming it.  Matching is the same
leftmost, greedy-first backtracking search as re's, so results agree.
"""

IGNORECASE = I = 2

_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v")
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}


class error(Exception):
    """A malformed pattern (as re.error)."""


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _class_test(name):
    tests = {'d': lambda c: c in _DIGITS, 'w': _is_word, 's': lambda c: c in _SPACES}
    test = tests.get(name.lower())
    if test is None:
        return None
    if name.isupper():
        return lambda c: not test(c)
    return test


class _Parser:
    """Turns a pattern string into nodes (tuples; see _Matcher)."""

    def __init__(self, pattern):
        self.text = pattern
        self.pos = 0

    def parse(self):
        node = self.alternation()
        if self.pos < len(self.text):
            raise error("unbalanced parenthesis at position %d" % self.pos)
        return node

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else None

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.pos += 1
            branches.append(self.sequence())
        return ('alt', branches) if len(branches) > 1 else ('seq', branches[0])

    def sequence(self):
        items = []
        while self.peek() not in (None, '|', ')'):
            atom = self.atom()
            items.append(self.quantified(atom))
        return items

    def quantified(self, atom):
        ch = self.peek()
        if ch in ('*', '+', '?'):
            self.pos += 1
            low, high = {'*': (0, None), '+': (1, None), '?': (0, 1)}[ch]
        elif ch == '{' and self.braces_follow():
            low, high = self.braces()
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'eos', 'bos'):
            raise error("nothing to repeat at position %d" % (self.pos - 1))
        greedy = True
        if self.peek() == '?':
            self.pos += 1
            greedy = False
        elif self.peek() == '+':
            raise NotImplementedError("possessive quantifiers are not supported without re")
        return ('repeat', atom, low, high, greedy)

    def braces_follow(self):
        end = self.text.find('}', self.pos)
        if end < 0:
            return False
        body = self.text[self.pos + 1:end]
        low, comma, high = body.partition(',')
        return (low.isdigit() or (comma and low == '')) and (high == '' or high.isdigit())

    def braces(self):
        end = self.text.find('}', self.pos)
        low, comma, high = self.text[self.pos + 1:end].partition(',')
        self.pos = end + 1
        low = int(low) if low else 0
        if not comma:
            return low, low
        return low, (int(high) if high else None)

    def atom(self):
        ch = self.text[self.pos]
        self.pos += 1
        if ch == '.':
            return ('any',)
        if ch == '^':
            return ('bol',)
        if ch == '$':
            return ('eol',)
        if ch == '[':
            return self.char_class()
        if ch == '(':
            return self.group()
        if ch == '\\':
            return self.escape()
        if ch in '*+?':
            raise error("nothing to repeat at position %d" % (self.pos - 1))
        return ('char', ch)

    def group(self):
        if self.text.startswith('?:', self.pos):
            self.pos += 2
        elif self.peek() == '?':
            raise NotImplementedError("regular expression extension '(?%s' is not supported "
                                      "without re" % self.text[self.pos + 1:self.pos + 2])
        node = self.alternation()
        if self.peek() != ')':
            raise error("missing ), unterminated subpattern")
        self.pos += 1
        return node

    def escape(self):
        if self.pos >= len(self.text):
            raise error("bad escape (end of pattern)")
        ch = self.text[self.pos]
        self.pos += 1
        if ch == 'A':
            return ('bos',)
        if ch == 'Z':
            return ('eos',)
        test = _class_test(ch)
        if test is not None:
            return ('test', test)
        if ch in _ESCAPES:
            return ('char', _ESCAPES[ch])
        if ch.isalnum():
            raise NotImplementedError("regular expression escape \\%s is not supported without re" % ch)
        return ('char', ch)

    def char_class(self):
        negated = self.peek() == '^'
        if negated:
            self.pos += 1
        tests = []
        first = True
        while True:
            ch = self.peek()
            if ch is None:
                raise error("unterminated character set")
            if ch == ']' and not first:
                self.pos += 1
                break
            first = False
            tests.append(self.class_item())
        return ('set', tests, negated)

    def class_item(self):
        low = self.class_char()
        if callable(low):
            return low
        if self.peek() == '-' and self.pos + 1 < len(self.text) and self.text[self.pos + 1] != ']':
            self.pos += 1
            high = self.class_char()
            if callable(high) or high < low:
                raise error("bad character range")
            return (low, high)
        return (low, low)

    def class_char(self):
        ch = self.text[self.pos]
        self.pos += 1
        if ch != '\\':
            return ch
        ch = self.text[self.pos]
        self.pos += 1
        test = _class_test(ch)
        if test is not None:
            return test
        return _ESCAPES.get(ch, ch)


class _Matcher:
    """Backtracking over the node tree with continuations (as re searches)."""

    def __init__(self, text, ignorecase):
        self.text = text.lower() if ignorecase else text
        self.fold = ignorecase

    def char_ok(self, node, pos):
        if pos >= len(self.text):
            return False
        ch = self.text[pos]
        kind = node[0]
        if kind == 'char':
            return ch == (node[1].lower() if self.fold else node[1])
        if kind == 'any':
            return ch != '\n'
        if kind == 'test':
            return node[1](ch)
        return self.in_set(node, ch)

    def in_set(self, node, ch):
        found = False
        for item in node[1]:
            if callable(item):
                found = item(ch)
            elif self.fold:
                found = any(item[0] <= c <= item[1] for c in (ch, ch.upper(), ch.lower()))
            else:
                found = item[0] <= ch <= item[1]
            if found:
                break
        return found != node[2]

    def match(self, node, pos, cont):
        kind = node[0]
        if kind == 'seq':
            return self.match_seq(node[1], 0, pos, cont)
        if kind == 'alt':
            for branch in node[1]:
                end = self.match_seq(branch, 0, pos, cont)
                if end is not None:
                    return end
            return None
        if kind == 'repeat':
            return self.match_repeat(node, 0, pos, cont)
        if kind == 'bol' or kind == 'bos':
            return cont(pos) if pos == 0 else None
        if kind == 'eos':
            return cont(pos) if pos == len(self.text) else None
        if kind == 'eol':
            n = len(self.text)
            ok = pos == n or (pos == n - 1 and self.text[pos] == '\n')
            return cont(pos) if ok else None
        return cont(pos + 1) if self.char_ok(node, pos) else None

    def match_seq(self, items, index, pos, cont):
        if index == len(items):
            return cont(pos)
        return self.match(items[index], pos,
                          lambda p: self.match_seq(items, index + 1, p, cont))

    def match_repeat(self, node, count, pos, cont):
        _, atom, low, high, greedy = node
        if atom[0] in _SINGLE_CHAR:
            return self.match_char_run(node, pos, cont)
        can_more = high is None or count < high

        def more():
            if not can_more:
                return None
            # An iteration that consumes nothing would loop forever.
            return self.match(atom, pos, lambda p: self.match_repeat(node, count + 1, p, cont)
                              if p != pos else None)

        if count < low:
            return self.match(atom, pos, lambda p: self.match_repeat(node, count + 1, p, cont))
        if greedy:
            end = more()
            return end if end is not None else cont(pos)
        end = cont(pos)
        return end if end is not None else more()

    def match_char_run(self, node, pos, cont):
        # A repeated single character: count the run once, then try the
        # lengths in re's order, without one level of recursion per character.
        _, atom, low, high, greedy = node
        run = 0
        while (high is None or run < high) and self.char_ok(atom, pos + run):
            run += 1
        if run < low:
            return None
        lengths = range(run, low - 1, -1) if greedy else range(low, run + 1)
        for n in lengths:
            end = cont(pos + n)
            if end is not None:
                return end
        return None


_SINGLE_CHAR = ('char', 'any', 'test', 'set')


class Match:
    def __init__(self, string, end):
        self.string = string
        self._end = end

    def group(self, index=0):
        if index != 0:
            raise NotImplementedError("match groups are not supported without re")
        return self.string[:self._end]

    def span(self):
        return (0, self._end)

    def end(self):
        return self._end

    def __repr__(self):
        return "<re.Match object; span=(0, %d), match=%r>" % (self._end, self.group())


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self._tree = _Parser(pattern).parse()

    def match(self, string):
        """A Match if the pattern matches at the start of `string`, else None."""
        end = _Matcher(string, self.flags & IGNORECASE).match(self._tree, 0, lambda p: p)
        return None if end is None else Match(string, end)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags & IGNORECASE:
            return "re.compile(%r, re.IGNORECASE)" % self.pattern
        return "re.compile(%r)" % self.pattern


def compile(pattern, flags=0):
    return Pattern(pattern, flags)
