# shutdown(): waiting, cancel_futures, submit afterwards, context manager.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, CancelledError

# wait=True runs everything already queued.
done = []
ex = ThreadPoolExecutor(max_workers=2)
futs = [ex.submit(lambda i=i: (time.sleep(0.01), done.append(i))) for i in range(6)]
ex.shutdown(wait=True)
print(sorted(done), all(f.done() for f in futs))
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError", e)
ex.shutdown()      # a second shutdown is harmless
print("shutdown twice ok")

# cancel_futures=True: queued work is cancelled, the running item completes.
gate = threading.Event()
started = threading.Event()


def first():
    started.set()
    gate.wait(5)
    return "first"


ex = ThreadPoolExecutor(max_workers=1)
f0 = ex.submit(first)
rest = [ex.submit(str, i) for i in range(4)]
started.wait(5)
t = threading.Thread(target=lambda: ex.shutdown(wait=True, cancel_futures=True))
t.start()
time.sleep(0.1)
gate.set()
t.join()
print(f0.result(), [f.cancelled() for f in rest])
try:
    rest[0].result()
except CancelledError:
    print("CancelledError for a cancelled future")

# wait=False returns at once; the work still gets done.
gate2 = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(lambda: gate2.wait(5) and "late")
ex.shutdown(wait=False)
print("returned before done:", f.done())
gate2.set()
print(f.result(timeout=5))

# Context manager shuts down (waiting) on exit, also on an exception.
try:
    with ThreadPoolExecutor(max_workers=2) as ex:
        f = ex.submit(lambda: (time.sleep(0.05), "in with")[1])
        raise KeyError("body")
except KeyError:
    print("KeyError propagated, future done:", f.done(), f.result())
try:
    ex.submit(int)
except RuntimeError as e:
    print("after with:", e)

# Bad arguments.
for kw in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
    try:
        ThreadPoolExecutor(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
