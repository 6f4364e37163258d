"""Issue, filter and show warnings (as CPython 3.11's warnings module).

warn() finds the code that issued the warning through sys._getframe (its
`stacklevel`); the filters in `filters` (newest first) pick an action:

  "default"  show once per (message, category, line) of each module
  "error"    raise the warning as an exception
  "ignore"   drop it
  "always"   show every time
  "module"   show once per (message, category) of each module
  "once"     show once per (message, category)

Shown warnings go to showwarning(), which writes

  file.py:12: UserWarning: message
    source line

to sys.stderr.  The default filters show DeprecationWarning only for code in
__main__, as CPython's do.
"""

import sys

try:
    import re as _re
except ImportError:             # gilpy without `re`: a small matcher suffices
    import _simple_re as _re

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# --- showing ------------------------------------------------------------------

class WarningMessage(object):
    """One warning as showwarning() receives it (and catch_warnings records)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default sys.stderr); replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """'file:line: Category: message\\n  source line\\n'."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return              # no stderr at all: the warning is lost
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass                    # an unusable stderr loses the warning


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


# The originals, to tell whether a program replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a warning through showwarning() if the program replaced it."""
    shower = globals().get('showwarning')
    if shower is not None and shower is not _showwarning_orig:
        if not callable(shower):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        shower(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    formatter = globals().get('formatwarning')
    if formatter is not None and formatter is not _formatwarning_orig:
        return formatter(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# --- filters ------------------------------------------------------------------

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 0


def _filters_mutated():
    # Registries remember which warnings were shown; a new version of the
    # filters makes them forget.
    global _filters_version
    _filters_version += 1


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Put a filter in front of `filters` (or at the end with `append`).

    `message` is a regular expression the start of the warning text must
    match (case-insensitively); `module` one the module name must match.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _re.compile(message, _re.I) if message else None
    module = _re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Put a filter matching every message and module in front of `filters`."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An existing duplicate moves to the front; appending one is a no-op.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (so every warning gets the default action)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # The default filters hold plain strings, which must match exactly.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _choose_action(category, text, lineno, module):
    """(action, filter) of the first filter matching the warning."""
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    for index, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % index)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(msg, text) and _matches(mod, module) and issubclass(category, cat)
                and (ln == 0 or lineno == ln)):
            return action, item
    if not isinstance(defaultaction, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(defaultaction).__name__)
    return defaultaction, None


# --- issuing ------------------------------------------------------------------

def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        return UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    return category


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _warning_frame(stacklevel):
    """The frame of warn()'s caller, or `stacklevel` - 1 calls further up
    (skipping importlib's frames); None past the outermost frame."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        raise NotImplementedError("warnings.warn needs sys._getframe to find the "
                                  "caller's file and line, which this gilpy lacks")
    frame = getframe(2)         # warn()'s caller
    if stacklevel <= 1 or _is_internal_frame(frame):
        for _ in range(stacklevel - 1):
            if frame is None:
                break
            frame = frame.f_back
        return frame
    for _ in range(stacklevel - 1):
        frame = frame.f_back
        while frame is not None and _is_internal_frame(frame):
            frame = frame.f_back
        if frame is None:
            break
    return frame


# "Not given", where None means something (module=None drops a warning).
_NO_NAME = object()


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning from the caller's line (or `stacklevel` callers up)."""
    category = _category_of(message, category)
    if not isinstance(stacklevel, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(stacklevel).__name__)
    frame = _warning_frame(stacklevel)
    if frame is None:
        # Past the outermost frame: CPython attributes it to "sys", line 1.
        module_globals = sys.__dict__
        filename, lineno = "sys", 1
    else:
        module_globals = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    registry = module_globals.get('__warningregistry__')
    if registry is None:
        registry = module_globals['__warningregistry__'] = {}
    module = module_globals.get('__name__', _NO_NAME)
    if not (module is None or isinstance(module, str)):
        module = "<string>"
    _warn_explicit(message, category, filename, lineno, module, registry, source)


def warn_explicit(message, category, filename, lineno, module=_NO_NAME, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit file, line, module and registry.

    Without `module`, the filename less its ".py" is the module name; an
    explicit module=None drops the warning (as CPython does).
    """
    if not isinstance(lineno, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(lineno).__name__)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
        import linecache
        linecache.getlines(filename, module_globals)
    if module is _NO_NAME:
        module = _module_from_filename(filename)
    _warn_explicit(message, category, filename, lineno, module, registry, source)


def _module_from_filename(filename):
    if not filename:
        return "<unknown>"
    return filename[:-3] if filename.endswith(".py") else filename


def _already_warned(registry, key, remember):
    """Was `key` shown under the current filters?  Optionally remember it."""
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


def _warn_explicit(message, category, filename, lineno, module, registry, source):
    if module is None:
        return                  # as CPython: no module, no filters to apply
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _choose_action(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = onceregistry
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# --- catch_warnings -----------------------------------------------------------

class catch_warnings(object):
    """Save the filters and showwarning on entry and restore them on exit.

    With record=True, shown warnings are appended (as WarningMessage objects)
    to the list the `with` statement gets.  With `action`, a simplefilter
    (action, category, lineno, append) is installed on entry.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


# --- -W options and the default filters ---------------------------------------

class _OptionError(Exception):
    """A malformed -W option."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _escape(text):
    return ''.join('\\' + c if not (c.isalnum() or c == '_') else c for c in text)


def _setoption(arg):
    # action:message:category:module:lineno
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    message = _escape(message) if message else message
    module = _escape(module) + '\\Z' if module else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as module
        name = category
    else:
        module_name, _, name = category.rpartition('.')
        try:
            module = __import__(module_name, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
    try:
        cat = getattr(module, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _install_default_filters():
    # As CPython's release builds: DeprecationWarning is shown for __main__
    # only; the noisy categories are ignored.
    filters.extend([
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ])


_install_default_filters()
_processoptions(getattr(sys, 'warnoptions', []))
