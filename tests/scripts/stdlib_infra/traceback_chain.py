# traceback: chained exceptions (cause, context, suppressed context, cycles),
# chain=False, repeated frames folded, print_exception/print_exc/print_tb
# writing to a file and to stderr.
import io
import os
import sys
import traceback

HERE = os.path.dirname(__file__) + os.sep


def show(text):
    print(text.replace(HERE, ""), end="")


def parse(text):
    try:
        int(text)
    except ValueError as e:
        raise RuntimeError("could not parse") from e


def lookup(table, key):
    try:
        table.pop(key)
    except KeyError:
        raise LookupError("no such key: %s" % key)


def quiet(table, key):
    try:
        table.pop(key)
    except KeyError:
        raise LookupError("quiet") from None


for func, args in [(parse, ("x1",)), (lookup, ({}, "k")), (quiet, ({}, "k"))]:
    print("=== %s" % func.__name__)
    try:
        func(*args)
    except Exception as e:
        show("".join(traceback.format_exception(e)))
        print("--- chain=False")
        show("".join(traceback.format_exception(e, chain=False)))

print("=== a cycle between __context__ and __cause__")
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
show("".join(traceback.format_exception(a)))

print("=== explicit cause and context on unraised exceptions")
top = RuntimeError("top")
top.__cause__ = KeyError("cause")
top.__context__ = IndexError("hidden context")
show("".join(traceback.format_exception(top)))
top.__cause__ = None      # (setting __cause__ also sets __suppress_context__)
top.__suppress_context__ = False
show("".join(traceback.format_exception(top)))


def rec(n):
    if n == 0:
        raise RecursionError("deep enough")
    rec(n - 1)


print("=== repeated frames")
try:
    rec(12)
except RecursionError as e:
    show("".join(traceback.format_exception(e)))
    rec_exc = e
try:
    rec(4)
except RecursionError as e:
    show("".join(traceback.format_tb(e.__traceback__)))

print("=== print_exception to a file")
buf = io.StringIO()
traceback.print_exception(rec_exc, limit=2, file=buf)
show(buf.getvalue())
buf = io.StringIO()
try:
    parse("nope")
except RuntimeError:
    traceback.print_exc(file=buf)
    traceback.print_exc(limit=0)
show(buf.getvalue())
buf = io.StringIO()
traceback.print_tb(rec_exc.__traceback__, limit=1, file=buf)
show(buf.getvalue())
traceback.print_exception(TypeError("printed to stderr, no traceback"))
traceback.print_list([("f.py", 1, "<module>", "pass")])
sys.stdout.flush()
