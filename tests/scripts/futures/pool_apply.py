# apply / apply_async and AsyncResult: get, wait, ready, successful, callbacks.
import threading
import multiprocessing
from multiprocessing.pool import ThreadPool, AsyncResult, ApplyResult


def add(a, b=0, *, c=0):
    return a + b + c


def boom(msg):
    raise KeyError(msg)


gate = threading.Event()


def gated():
    gate.wait(5)
    return "opened"


pool = ThreadPool(processes=2)
print(pool.apply(add, (1, 2), {"c": 3}))
print(pool.apply(add, (5,)))
try:
    pool.apply(boom, ("x",))
except KeyError as e:
    print("apply raised KeyError", e)

r = pool.apply_async(gated)
print(isinstance(r, AsyncResult), AsyncResult is ApplyResult)
print("ready:", r.ready())
try:
    r.successful()
except ValueError as e:
    print("ValueError ...", str(e).endswith(" not ready"))
try:
    r.get(timeout=0.05)
except multiprocessing.TimeoutError as e:
    print("TimeoutError", repr(e), isinstance(e, multiprocessing.ProcessError),
          issubclass(multiprocessing.TimeoutError, TimeoutError))
print(r.wait(0.01), r.ready())
gate.set()
r.wait()
print(r.ready(), r.successful(), r.get())

log = []
done = threading.Event()
ok = pool.apply_async(add, (2, 3), callback=log.append)
bad = pool.apply_async(boom, ("k",), callback=log.append,
                       error_callback=lambda e: log.append(type(e).__name__))
print(ok.get(), ok.successful())
try:
    bad.get()
except KeyError:
    print("get re-raised; successful:", bad.successful())
print(sorted(log, key=str))
# The callback has run by the time get() returns.
res = [pool.apply_async(add, (i, i), callback=log.append) for i in range(5)]
print([x.get() for x in res], sorted(log[-5:]))
pool.close()
pool.join()
print(type(multiprocessing.TimeoutError()).__module__)
