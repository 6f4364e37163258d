# Future used directly: states, results, errors, InvalidStateError.
import io
import sys
import concurrent.futures as cf
from concurrent.futures import Future


def show(f):
    print(" done=%s running=%s cancelled=%s" % (f.done(), f.running(), f.cancelled()))


def state_of(f):
    # repr without the address: "<Future at 0x... state=finished returned int>"
    r = repr(f)
    return r[:r.index(" at ")] + r[r.index(" state="):]


f = Future()
print("new", state_of(f))
show(f)
print("set_running", f.set_running_or_notify_cancel())
print(state_of(f))
show(f)
print("cancel running ->", f.cancel())
f.set_result(42)
print(state_of(f))
show(f)
print("result", f.result(), "exception", f.exception())
for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        action()
    except cf.InvalidStateError as e:
        print("InvalidStateError", str(e).split(":")[0], isinstance(e, cf._base.Error))
print("cancel finished ->", f.cancel())

g = Future()
g.set_exception(KeyError("k"))
print(state_of(g))
print("exception:", repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised KeyError", e)

h = Future()
print("cancel pending ->", h.cancel(), "again ->", h.cancel())
print(state_of(h), h._state)
show(h)
try:
    h.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
try:
    h.exception()
except cf.CancelledError:
    print("exception() CancelledError too")
print("notify_cancel ->", h.set_running_or_notify_cancel(), h._state)
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)
finally:
    sys.stderr = saved
print("logged:", buf.getvalue().replace(str(id(h)), "ID").strip())
try:
    h.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

# Values of any type, including None and exceptions as results.
for v in (None, [1, 2], ValueError("as value")):
    k = Future()
    k.set_result(v)
    print(state_of(k), repr(k.result()), k.exception())

# set_result without set_running first is allowed.
m = Future()
m.set_exception(ZeroDivisionError("zero"))
print(type(m.exception()).__name__, m.done())
print(issubclass(cf.CancelledError, cf._base.Error), cf.TimeoutError is TimeoutError,
      issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.InvalidStateError, Exception))
