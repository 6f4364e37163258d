# add_done_callback: order, callbacks after completion, on cancel, errors.
import io
import sys
from concurrent.futures import Future, ThreadPoolExecutor

log = []
f = Future()
f.add_done_callback(lambda fut: log.append(("first", fut.result())))
f.add_done_callback(lambda fut: log.append(("second", fut.done())))
print("before", log)
f.set_result("v")
print("after", log)
f.add_done_callback(lambda fut: log.append(("late", fut.result())))
print("late", log[-1])

c = Future()
c.add_done_callback(lambda fut: log.append(("cancelled", fut.cancelled())))
c.cancel()
print(log[-1])

# An exception in a callback is reported on stderr; later callbacks still run.
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    e = Future()
    def bad(fut):
        raise RuntimeError("callback failed")
    e.add_done_callback(bad)
    e.add_done_callback(lambda fut: log.append(("after bad", fut.result())))
    e.set_result(7)
    e.add_done_callback(bad)
finally:
    sys.stderr = saved
print(log[-1])
lines = buf.getvalue().splitlines()
heads = [ln.split(" at ")[0] for ln in lines if ln.startswith("exception calling")]
print(heads)
print([ln for ln in lines if ln.startswith("RuntimeError")])

# Callbacks of executor futures run in the worker thread before result() returns.
with ThreadPoolExecutor(max_workers=2) as ex:
    got = []
    fut = ex.submit(sum, [1, 2, 3])
    fut.add_done_callback(lambda fu: got.append(fu.result() * 10))
    fut.result()
print("executor callback", got)

# Future[int] works (generic alias in annotations).
def typed(x: "Future[int]") -> None:
    pass
print(Future[int] is not None)
