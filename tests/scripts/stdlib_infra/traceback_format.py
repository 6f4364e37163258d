# traceback: format_exc / format_exception (both signatures) / format_tb /
# extract_tb / format_exception_only, limits, notes, odd exceptions.
import os
import sys
import traceback

HERE = os.path.dirname(__file__) + os.sep


def show(text):
    # The script's directory differs between machines: print it relative.
    print(text.replace(HERE, ""), end="")


def inner():
    raise ValueError("bad value")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError:
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    saved = sys.exc_info()

print("--- exc alone and (type, value, tb)")
exc = saved[1]
show("".join(traceback.format_exception(exc)))
show("".join(traceback.format_exception(*saved)))
show("".join(traceback.format_exception(exc, limit=2)))
print(traceback.format_exception(type(exc), exc, None))

print("--- format_tb / extract_tb")
tb = exc.__traceback__
show("".join(traceback.format_tb(tb)))
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for frame in summary:
    print(os.path.basename(frame.filename), frame.lineno, frame.name, repr(frame.line), len(frame))
    fname, lineno, name, line = frame
    print(name == frame[2], frame == (fname, lineno, name, line))
print(repr(summary[-1]).replace(HERE, ""))
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))

print("--- format_exception_only")
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(RuntimeError()))
print(traceback.format_exception_only(None))


class AppError(Exception):
    pass


class Elsewhere(Exception):
    pass


Elsewhere.__module__ = "pkg.mod"


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(AppError("main module: no prefix")))
print(traceback.format_exception_only(Elsewhere("prefixed")))
print(traceback.format_exception_only(BadStr()))

noted = ValueError("with notes")
noted.add_note("first note")
noted.add_note("second\nnote")
print(traceback.format_exception_only(noted))

print("--- no exception being handled")
print(repr(traceback.format_exc()))

print("--- SyntaxError")
try:
    compile("x = (", "<test>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
se = SyntaxError("custom message")
print(traceback.format_exception_only(se))

print("--- TracebackException")
te = traceback.TracebackException.from_exception(exc)
print(str(te), te.exc_type.__name__, len(te.stack), te.__cause__, te.__context__)
show("".join(te.format()))
print(list(te.format_exception_only()))

print("--- errors")
for args in [(exc, exc), (exc, None), ("not an exception",), (42,)]:
    try:
        traceback.format_exception(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    traceback.format_exception(exc, exc, tb, 1, True, 7)
except TypeError as e:
    print(type(e).__name__)
