"""Source lines of Python files, read once and cached (as CPython's linecache).

getline(filename, lineno) returns one line with its newline, or '' when the
file or line does not exist; traceback and warnings use it to show the
source of a frame.  A file whose size or mtime changed is re-read after
checkcache().  Pseudo-files named "<...>" (-c, exec(), embedded "<frozen
...>" modules) have no lines, as in CPython.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or a 1-tuple (get_lines,) for a
# module whose loader can supply its source lazily.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line `lineno` (1-based) of `filename`, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of `filename` (each ending in a newline), read on first use."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed (or vanished) on disk."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue            # lazily loaded: nothing on disk to compare
        size, mtime, _, fullname = entry
        if mtime is None:
            continue            # came from a loader, not from a file
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo_file(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _search_path(filename):
    """(fullname, stat) of a relative `filename` found under a sys.path entry."""
    for dirname in sys.path:
        try:
            fullname = os.path.join(dirname, filename)
            return fullname, os.stat(fullname)
        except (OSError, TypeError, AttributeError, ValueError):
            continue
    return None


def _source_encoding(data):
    """The encoding a coding cookie in the first two lines names (PEP 263)."""
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if stripped.strip():
                break           # code before any cookie: none can follow
            continue
        at = stripped.find(b'coding')
        if at < 0 or len(stripped) <= at + 6 or stripped[at + 6] not in b':=':
            continue
        name = stripped[at + 7:].lstrip(b' \t')
        end = 0
        while end < len(name) and (chr(name[end]).isalnum() or name[end] in b'-_.'):
            end += 1
        if end:
            return name[:end].decode('ascii').lower().replace('_', '-')
    return 'utf-8'


def _read_source_lines(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        text = data[3:].decode('utf-8')
    else:
        text = data.decode(_source_encoding(data))
    # Universal newlines, as a text-mode read would give.
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
    return [line + '\n' for line in lines]


def _lines_from_loader(filename):
    get_lines = cache[filename][0]
    try:
        data = get_lines()
    except (ImportError, OSError):
        return None
    if data is None:
        return []
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = (len(data), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Re-read `filename` into the cache and return its lines ([] if none)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if _is_pseudo_file(filename):
        return []
    try:
        found = filename, os.stat(filename)
    except (OSError, ValueError):
        # Not a file as named: a loader may know the module's source, or
        # a relative name may be found on sys.path.
        if lazycache(filename, module_globals):
            lines = _lines_from_loader(filename)
            if lines is not None:
                return lines
        if os.path.isabs(filename):
            return []
        found = _search_path(filename)
        if found is None:
            return []
    fullname, st = found
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Note that `module_globals`' loader can give the source of `filename`.

    Returns True when the lines can be fetched later by getline().
    """
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo_file(filename) or not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not name or get_source is None:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
