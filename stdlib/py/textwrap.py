"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the
TextWrapper class.

Text is split into chunks (words, whitespace runs, hyphenated word parts)
by a hand-written scanner that reproduces the splitting CPython does with
regular expressions; lines are then filled greedily from the chunks.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The only characters treated as whitespace when splitting (not Unicode
# spaces such as U+00A0, which stay part of words).
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_WORD_PUNCT_EXTRA = frozenset('!"\'&.,?')


def _is_word_char(c):
    # \w: letters, digits and underscore (Unicode-aware).
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A \w character that is not a decimal digit (underscore included).
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in _WORD_PUNCT_EXTRA


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _hyphen_run(text, i):
    """Length of the run of '-' starting at text[i]."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i


def _dash_before_word(text, i):
    # Two or more hyphens at text[i] followed by a word character.
    run = _hyphen_run(text, i)
    return run >= 2 and i + run < len(text) and _is_word_char(text[i + run])


def _breaks_after_hyphen(text, q):
    """True if a word may be split after the hyphen at text[q]: it follows
    two letters (or letter-hyphen-letter) and precedes letter[-]letter."""
    before = (_letter_at(text, q - 2) and _letter_at(text, q - 1)) or (
        _letter_at(text, q - 3) and q >= 2 and text[q - 2] == '-'
        and _letter_at(text, q - 1))
    if not before or not _letter_at(text, q + 1):
        return False
    if _letter_at(text, q + 2):
        return True
    return (q + 2 < len(text) and text[q + 2] == '-'
            and _letter_at(text, q + 3))


def _word_end(text, p):
    """End of the word chunk starting at the non-whitespace text[p]: the
    first of a breakable hyphen (included), whitespace or the end of the
    text, or the start of an em-dash ('--' followed by a word)."""
    n = len(text)
    q = p + 1
    while True:
        if q < n and text[q] == '-' and _breaks_after_hyphen(text, q):
            return q + 1
        if q >= n or text[q] in _WS:
            return q
        if _is_word_punct(text[q - 1]) and _dash_before_word(text, q):
            return q
        q += 1


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _WS:
            end = p + 1
            while end < n and text[end] in _WS:
                end += 1
        elif (c == '-' and p > 0 and _is_word_punct(text[p - 1])
              and _dash_before_word(text, p)):
            end = p + _hyphen_run(text, p)          # an em-dash
        else:
            end = _word_end(text, p)
        chunks.append(text[p:end])
        p = end
    return chunks


def _split_simple(text):
    # Alternating runs of whitespace and non-whitespace.
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        in_ws = text[p] in _WS
        end = p + 1
        while end < n and (text[end] in _WS) == in_ws:
            end += 1
        chunks.append(text[p:end])
        p = end
    return chunks


def _expand_tabs(text, tabsize):
    # str.expandtabs: columns restart after '\n' and '\r'.
    if '\t' not in text:
        return text
    out = []
    column = 0
    for c in text:
        if c == '\t':
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                out.append(' ' * spaces)
                column += spaces
        else:
            out.append(c)
            column = 0 if c == '\n' or c == '\r' else column + 1
    return ''.join(out)


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then optionally a quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


def _is_blank(chunk):
    return chunk.strip() == ''


class TextWrapper:
    """Configurable line wrapper.

    The public interface consists of the wrap() and fill() methods; the
    other methods are steps of the algorithm that subclasses may override.
    Options (all also attributes): width, initial_indent,
    subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines, placeholder.
    """

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting ---------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as the options say."""
        if self.expand_tabs:
            text = _expand_tabs(text, self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        """Split text into chunks: whitespace runs and words, with words
        also split after hyphens between letters and around em-dashes when
        break_on_hyphens is True."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- filling -----------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: move as much of it as
        fits onto the current line (preferring to cut after a hyphen), or,
        if long words may not be broken, put it whole on an empty line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _check_width(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % (self.width,))
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

    def _wrap_chunks(self, chunks):
        """Fill lines greedily from chunks, honouring the indents, width,
        drop_whitespace and max_lines.  Consumes (and reverses) chunks."""
        self._check_width()
        lines = []
        chunks.reverse()        # so that the next chunk is chunks[-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and _is_blank(chunks[-1]):
                chunks.pop()    # no whitespace at the start of later lines
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and _is_blank(cur_line[-1]):
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            if self._line_fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
            else:
                self._finish_with_placeholder(lines, cur_line, cur_len,
                                              indent, width)
                break
        return lines

    def _line_fits(self, lines, chunks, cur_len, width):
        # Whether cur_line can be emitted as is under max_lines: either
        # more lines may follow, or nothing but dropped whitespace remains.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not chunks or (self.drop_whitespace and len(chunks) == 1
                                      and _is_blank(chunks[0]))
        return nothing_left and cur_len <= width

    def _finish_with_placeholder(self, lines, cur_line, cur_len, indent,
                                 width):
        """Emit the last allowed line, ending in the placeholder: drop
        chunks from its end until the placeholder fits after a word."""
        while cur_line:
            if not _is_blank(cur_line[-1]) and \
                    cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            cur_line.pop()
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    # -- public interface ------------------------------------------------------

    def wrap(self, text):
        """Return the list of wrapped lines (without final newlines) of text.
        Tabs are expanded and other whitespace becomes spaces, as set up."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped into a single string of newline-separated
        lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Break one paragraph of text into lines of at most width characters.

    Keyword arguments are TextWrapper options.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but join the lines with newlines.

    Keyword arguments are TextWrapper options.
    """
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Squeeze text onto one line of at most width characters.

    Whitespace runs become single spaces; if the result is still too long,
    words are dropped from the end and the placeholder appended:

        >>> shorten("Hello  world!", width=12)
        'Hello world!'
        >>> shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


################################################################################
# dedent and indent
################################################################################

def _common_margin(margin, indent):
    # The longest common prefix of two indents.
    if margin is None or indent.startswith(margin):
        return indent if margin is None else margin
    if margin.startswith(indent):
        return indent
    i = 0
    while i < len(margin) and i < len(indent) and margin[i] == indent[i]:
        i += 1
    return margin[:i]


def dedent(text):
    """Strip the indentation shared by all lines of text.

    Only spaces and tabs count, and "  " and "\\t" have nothing in common.
    Lines of nothing but spaces and tabs are emptied and do not take part
    in finding the margin.
    """
    lines = text.split('\n')
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        margin = _common_margin(margin, line[:len(line) - len(stripped)])
    if margin:
        width = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][width:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text for which predicate(line)
    is true; by default, the lines with something besides whitespace."""
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
