# wait(): ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout.
import threading
from concurrent.futures import (Future, ThreadPoolExecutor, wait,
                                FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED)
import concurrent.futures as cf


def tag(fs, names):
    return sorted(names[f] for f in fs)


ev = {k: threading.Event() for k in "abc"}


def job(k, fail=False):
    ev[k].wait(5)
    if fail:
        raise RuntimeError(k)
    return k


with ThreadPoolExecutor(max_workers=3) as ex:
    fa = ex.submit(job, "a")
    fb = ex.submit(job, "b", True)
    fc = ex.submit(job, "c")
    names = {fa: "a", fb: "b", fc: "c"}
    r = wait([fa, fb, fc], timeout=0.05)
    print("timeout:", tag(r.done, names), tag(r.not_done, names))
    ev["a"].set()
    r = wait([fa, fb, fc], return_when=FIRST_COMPLETED)
    print("first completed:", tag(r.done, names), tag(r.not_done, names))
    # a is done but succeeded: FIRST_EXCEPTION keeps waiting for b's error.
    ev["b"].set()
    r = wait([fa, fb, fc], return_when=FIRST_EXCEPTION)
    print("first exception:", tag(r.done, names), tag(r.not_done, names))
    ev["c"].set()
    r = wait([fa, fb, fc])
    print("all:", tag(r.done, names), tag(r.not_done, names))
    print(type(r).__name__, r._fields, isinstance(r, tuple))
    done, not_done = r
    print(len(done), len(not_done))

# Already satisfied conditions return at once.
x, y = Future(), Future()
x.set_exception(ValueError())
names = {x: "x", y: "y"}
print(tag(wait([x, y], return_when=FIRST_EXCEPTION).done, names))
print(tag(wait([x, y], return_when=FIRST_COMPLETED).not_done, names))
print(tag(wait([x, y], timeout=0).not_done, names))
y.cancel()
print(tag(wait([x, y], timeout=0).not_done, names))   # cancelled, not notified
y.set_running_or_notify_cancel()
print(tag(wait([x, y], timeout=0).done, names))
print(wait([]))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
try:
    wait([Future()], timeout=0, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError", e)
