# warnings without the caller's frame: warn_explicit, the actions, filters,
# registries, catch_warnings, formatwarning/showwarning and their errors.
import io
import sys
import warnings


def shown(func, *args, **kwargs):
    # What a call writes to sys.stderr (where showwarning writes).
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        func(*args, **kwargs)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def explicit(text, category=UserWarning, lineno=10, module="mod", registry=None):
    out = shown(warnings.warn_explicit, text, category, "mod.py", lineno, module, registry)
    print(repr(out))


print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
print(warnings.formatwarning("msg", UserWarning, "nowhere/f.py", 3))
print(warnings.formatwarning("msg", DeprecationWarning, "nowhere/f.py", 3, "   source line   "))
print(repr(warnings.formatwarning(ValueError("v"), RuntimeWarning, "<string>", 1)))

print("--- default action: once per (text, category, line) in a registry")
reg = {}
explicit("a", registry=reg)
explicit("a", registry=reg)
explicit("a", lineno=11, registry=reg)
explicit("b", registry=reg)
explicit("a", RuntimeWarning, registry=reg)
print(sorted((k for k in reg if k != 'version'), key=repr))
explicit("no registry: always shown")
explicit("no registry: always shown")

print("--- the default filters: DeprecationWarning only for __main__")
explicit("dep", DeprecationWarning, module="__main__")
explicit("dep", DeprecationWarning, module="other")
explicit("pending", PendingDeprecationWarning, module="__main__")
explicit("import", ImportWarning)
explicit("resource", ResourceWarning)

print("--- simplefilter")
warnings.simplefilter("ignore")
explicit("ignored")
warnings.simplefilter("always", UserWarning)
reg = {}
explicit("always", registry=reg)
explicit("always", registry=reg)
print(reg)
warnings.simplefilter("error", RuntimeWarning)
try:
    explicit("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e.args)
explicit("still shown")
print(warnings.filters[:3])

print("--- once and module")
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
r1, r2 = {}, {}
explicit("o", lineno=1, registry=r1)
explicit("o", lineno=2, registry=r1)
explicit("o", lineno=3, registry=r2)
explicit("o", lineno=4)
explicit("o", lineno=5)
print(warnings.onceregistry)
warnings.simplefilter("module")
r1 = {}
explicit("m", lineno=1, registry=r1)
explicit("m", lineno=2, registry=r1)
explicit("m", lineno=3, registry={})

print("--- filterwarnings: message and module are regular expressions")
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="spam")
warnings.filterwarnings("error", message=".*eggs", category=UserWarning)
warnings.filterwarnings("ignore", module="quiet\\.")
warnings.filterwarnings("ignore", lineno=99)
explicit("SPAM and more")
explicit("more spam")
try:
    explicit("green eggs")
except UserWarning as e:
    print("raised", e)
explicit("eggs", RuntimeWarning)
explicit("x", module="quiet.mod")
explicit("x", module="quietmod")
explicit("x", lineno=99)
warnings.filterwarnings("always", append=True)
print(len(warnings.filters), warnings.filters[-1])
warnings.filterwarnings("ignore", lineno=99)
print(len(warnings.filters), warnings.filters[0])

print("--- a Warning instance and a non-string message")
warnings.resetwarnings()
explicit(SyntaxWarning("an instance wins over the category"), UserWarning)
explicit(42)
explicit("module None is dropped", module=None)
print(repr(shown(warnings.warn_explicit, "derived module", UserWarning, "pkg/thing.py", 1)))

print("--- catch_warnings")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("recorded", UserWarning, "r.py", 7)
    warnings.warn_explicit(DeprecationWarning("dep"), None, "r.py", 8, "r")
print(len(log))
for w in log:
    print(w.message, w.category.__name__, w.filename, w.lineno, w.line, w.file, w.source)
    print(str(w))
print(warnings.filters == [])
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn_explicit("inside", UserWarning, "c.py", 1)
    except UserWarning as e:
        print("error inside catch_warnings:", e)
print(repr(shown(warnings.warn_explicit, "outside again", UserWarning, "c.py", 2)))
cw = warnings.catch_warnings(record=True)
print(cw, warnings.catch_warnings())
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

print("--- replacing showwarning / formatwarning")
calls = []


def my_show(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, filename, lineno, file, line))


saved_show = warnings.showwarning
warnings.showwarning = my_show
warnings.warn_explicit("to my_show", UserWarning, "s.py", 4)
warnings.showwarning = saved_show
print(calls)
saved_format = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: "[%s|%s|%s|%s]\n" % (m, c.__name__, f, l)
explicit("custom format")
warnings.formatwarning = saved_format
buf = io.StringIO()
warnings.showwarning("to a file", UserWarning, "x.py", 5, file=buf, line="the line")
print(repr(buf.getvalue()))

print("--- errors")
bad_calls = [
    lambda: warnings.simplefilter("sometimes"),
    lambda: warnings.simplefilter("ignore", lineno=-1),
    lambda: warnings.filterwarnings("ignore", message=3),
    lambda: warnings.filterwarnings("ignore", category=3),
    lambda: warnings.filterwarnings("ignore", category=int),
    lambda: warnings.filterwarnings("ignore", module=None),
    lambda: warnings.warn_explicit("x", UserWarning, "nowhere/f.py", 1, "m", []),
    lambda: warnings.warn_explicit("x", UserWarning, "nowhere/f.py", "1"),
    lambda: warnings.warn("x", int),
    lambda: warnings.warn("x", "UserWarning"),
]
for call in bad_calls:
    try:
        call()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    explicit("bad action")
except RuntimeError as e:
    print(e)
