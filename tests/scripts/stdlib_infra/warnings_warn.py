# warnings.warn: the caller's file and line (stacklevel), the source line,
# the default action's once-per-location rule, "error", "ignore", the
# registry in the caller's globals, catch_warnings(record=True).
import io
import os
import sys
import warnings

HERE = os.path.dirname(__file__) + os.sep


class Capture:
    """Collects what is written to sys.stderr, with the directory stripped."""

    def __enter__(self):
        self.saved = sys.stderr
        sys.stderr = io.StringIO()
        return self

    def __exit__(self, *exc):
        text = sys.stderr.getvalue()
        sys.stderr = self.saved
        print(text.replace(HERE, ""), end="")


def deprecated_api():
    warnings.warn("deprecated_api() is deprecated", DeprecationWarning, stacklevel=2)


def library_call():
    warnings.warn("from the library")


def two_up():
    deprecated_api()


with Capture():
    warnings.warn("plain")
    for i in range(3):
        warnings.warn("in a loop: shown once")
    for i in range(2):
        warnings.warn("in a loop: line %d" % i)
    library_call()
    library_call()
    deprecated_api()
    two_up()
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn("level too deep", UserWarning, stacklevel=50)
    warnings.warn("stacklevel 0 is warn's caller too", stacklevel=0)

keys = sorted(k for k in __warningregistry__ if k != 'version')
print([(text, cat.__name__, line) for text, cat, line in keys])

print("--- error and ignore")
warnings.simplefilter("error")
try:
    warnings.warn("now an exception")
except UserWarning as e:
    print("caught", type(e).__name__, e)
try:
    library_call()
except UserWarning as e:
    print("caught", e)
warnings.simplefilter("ignore")
with Capture():
    warnings.warn("not shown")
    library_call()

print("--- catch_warnings(record=True)")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    deprecated_api()
    warnings.warn("second", SyntaxWarning)
for w in log:
    print(str(w.message), w.category.__name__, os.path.basename(w.filename), w.lineno)
with Capture():
    warnings.warn("filters were restored: still ignored")

print("--- default again: shown once per location")
warnings.resetwarnings()
with Capture():
    for i in range(3):
        library_call()
    warnings.warn("after reset")
