"""Extract, format and print stack traces and exceptions (as CPython 3.11's).

gilpy keeps no traceback objects: an exception's __traceback__ (and
sys.exc_info()[2]) is a list of (filename, lineno, name) tuples, innermost
call first.  Every function here that takes a `tb` accepts that list (and,
so that the module also runs on CPython, a real traceback object).

Frames of the running stack (extract_stack, print_stack, format_stack,
walk_stack) need sys._getframe; where the interpreter has none they raise
NotImplementedError.  gilpy's tracebacks carry no column positions, so no
'^' marker lines are printed under source lines.
"""

import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

# More identical consecutive frames than this are folded into one
# "[Previous line repeated N more times]" line.
_RECURSIVE_CUTOFF = 3


# --- where frames come from ---------------------------------------------

class _TracebackFrame:
    """A stand-in frame for one entry of gilpy's traceback list.

    It carries what the entry records (code name and file, line number) so
    that code written against frames (StackSummary.extract(walk_tb(tb)))
    works; there are no locals or globals to show.
    """

    def __init__(self, filename, lineno, name):
        self.f_code = _CodeInfo(filename, name)
        self.f_lineno = lineno
        self.f_globals = {}
        self.f_back = None

    @property
    def f_locals(self):
        raise NotImplementedError("traceback: gilpy's tracebacks keep no frame locals")

    def __repr__(self):
        return "<frame at %s, file %r, line %d, code %s>" % (
            hex(id(self)), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class _CodeInfo:
    def __init__(self, filename, name):
        self.co_filename = filename
        self.co_name = name


def _tb_frames(tb):
    """(frame, lineno) pairs of a traceback, outermost first."""
    if tb is None:
        return []
    if isinstance(tb, list):
        # gilpy: (filename, lineno, name) tuples, innermost first.
        return [(_TracebackFrame(fn, ln, name), ln) for fn, ln, name in reversed(tb)]
    pairs = []
    while tb is not None:          # a CPython traceback object
        pairs.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return pairs


def _caller_frame(depth):
    """The frame `depth` calls above the caller of this function."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        raise NotImplementedError(
            "traceback: the running stack needs sys._getframe, which this gilpy lacks")
    return getframe(depth + 2)


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    yield from _tb_frames(tb)


def walk_stack(f):
    """Yield (frame, lineno) from frame `f` back along f_back."""
    if f is None:
        # As CPython: four frames above this generator's own frame.
        f = _caller_frame(3)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def clear_frames(tb):
    """Clear the locals of a traceback's frames.

    gilpy's traceback entries hold no frames (so no locals) to clear.
    """
    if tb is None or isinstance(tb, list):
        return
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass                # the frame is still running
        tb = tb.tb_next


# --- FrameSummary, StackSummary ------------------------------------------

class FrameSummary:
    """One frame of a stack trace: filename, lineno, name, line (and locals)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)

    @property
    def line(self):
        """The source line, stripped ('' if unknown; None without a lineno)."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects: a stack ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs `frame_gen` yields."""
        frames = _apply_limit(frame_gen, limit)
        result = klass()
        filenames = set()
        for f, lineno in frames:
            code = f.f_code
            filenames.add(code.co_filename)
            linecache.lazycache(code.co_filename, f.f_globals)
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (file, line, name, text) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its File line, source line and locals."""
        row = ['  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    %s\n' % frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    %s = %s\n' % (name, value))
        return ''.join(row)

    def format(self):
        """One string per frame, folding runs of identical frames."""
        result = []
        last = None
        count = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            key = (summary.filename, summary.lineno, summary.name)
            if last is None or key != last or None in key:
                _append_repeat_note(result, count)
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        _append_repeat_note(result, count)
        return result


def _append_repeat_note(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append('  [Previous line repeated %d more time%s]\n' % (more, 's' if more > 1 else ''))


def _apply_limit(frame_gen, limit):
    """The first `limit` frames, or the last -`limit` when negative."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frame_gen
    if limit >= 0:
        return itertools.islice(frame_gen, limit)
    return list(frame_gen)[limit:]


# --- extracting and printing tracebacks and stacks ------------------------

def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, outermost first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_tb(tb, limit=None):
    """The formatted entries of a traceback (a list of strings)."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print a traceback's entries to `file` (default sys.stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    """Format FrameSummary objects or (file, line, name, text) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print what format_list() returns to `file` (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    """A StackSummary of the running stack (from `f`), oldest frame first."""
    if f is None:
        f = _caller_frame(0)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = _caller_frame(0)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the running stack (from `f`) to `file` (default sys.stderr)."""
    if f is None:
        f = _caller_frame(0)
    print_list(extract_stack(f, limit=limit), file=file)


# --- exceptions -------------------------------------------------------------

class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _value_and_tb(exc, value, tb):
    """Accept both print_exception(exc) and print_exception(type, value, tb)."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception with its traceback and chained exceptions."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """What print_exception() prints, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The final 'Type: message' line(s) of an exception, with its notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (as print_exception(*sys.exc_info()))."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """What print_exc() prints, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type/value/traceback)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return '<%s %s() failed>' % (what, func.__name__)


def _final_line(type_name, value_text, value):
    if value is None or not value_text:
        return "%s\n" % type_name
    return "%s: %s\n" % (type_name, value_text)


def _is_sequence(obj):
    return isinstance(obj, (list, tuple, str, bytes, bytearray, range))


class TracebackException:
    """An exception captured for formatting: its type, str(), stack and chain.

    Attributes: exc_type, stack (a StackSummary), __cause__, __context__
    (TracebackExceptions or None), __suppress_context__, __notes__, and for
    SyntaxError filename, lineno, end_lineno, text, offset, end_offset, msg.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_top = _seen is None
        if is_top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        if capture_locals and isinstance(exc_traceback, list):
            raise NotImplementedError("traceback: capture_locals needs frame objects, "
                                      "which gilpy's tracebacks do not keep")
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._capture_syntax_error(exc_value)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if is_top:
            self._capture_chain(exc_value, _seen, compact, dict(
                limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth))

    def _capture_syntax_error(self, exc_value):
        self.filename = exc_value.filename
        lineno = exc_value.lineno
        self.lineno = str(lineno) if lineno is not None else None
        end_lineno = getattr(exc_value, 'end_lineno', None)
        self.end_lineno = str(end_lineno) if end_lineno is not None else None
        self.text = exc_value.text
        self.offset = exc_value.offset
        self.end_offset = getattr(exc_value, 'end_offset', None)
        self.msg = exc_value.msg

    def _capture_chain(self, exc_value, seen, compact, options):
        # Iterative, so a long chain cannot exhaust the recursion limit.
        # compact: leave out a __context__ that would not be printed.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            cause = None
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in seen:
                cause = self._capture(e.__cause__, seen, options)
            need_context = True
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            context = None
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in seen):
                context = self._capture(e.__context__, seen, options)
            te.__cause__ = cause
            te.__context__ = context
            if cause is not None:
                queue.append((cause, e.__cause__))
            if context is not None:
                queue.append((context, e.__context__))

    @staticmethod
    def _capture(exc, seen, options):
        return TracebackException(type(exc), exc, exc.__traceback__, _seen=seen, **options)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of `exc` (with its own traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def _type_name(self):
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            name = module + '.' + name
        return name

    def format_exception_only(self):
        """Yield the 'Type: message' line (SyntaxError: its source lines too), then notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str, self._str)
            return
        type_name = self._type_name()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(type_name)
        else:
            yield _final_line(type_name, self._str, self._str)
        notes = self.__notes__
        if _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                for line in note.split('\n'):
                    yield line + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, type_name):
        suffix = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' (%s)' % self.filename
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    %s\n' % ltext
            if self.offset is not None:
                yield from self._caret_line(ltext, spaces)
        yield "%s: %s%s\n" % (type_name, self.msg or "<no detail available>", suffix)

    def _caret_line(self, ltext, spaces):
        offset = self.offset
        end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
        if offset == end_offset or end_offset == -1:
            end_offset = offset + 1
        colno = offset - 1 - spaces
        end_colno = end_offset - 1 - spaces
        if colno >= 0:
            lead = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
            yield '    %s%s\n' % (lead, '^' * (end_colno - colno))

    def format(self, *, chain=True):
        """Yield the lines print_exception() prints: chain, tracebacks, messages."""
        chained = []
        exc = self
        while exc is not None:
            if not chain:
                chained.append((None, exc))
                break
            if exc.__cause__ is not None:
                message, following = _CAUSE_MESSAGE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _CONTEXT_MESSAGE, exc.__context__
            else:
                message, following = None, None
            chained.append((message, exc))
            exc = following
        for message, exc in reversed(chained):
            if message is not None:
                yield message
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the exception to `file` (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
