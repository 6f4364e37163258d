# as_completed: completion order, finished-first, duplicates, timeout message.
import threading
from concurrent.futures import (Future, ThreadPoolExecutor, as_completed,
                                TimeoutError)

# Manually completed futures: yielded in the order they complete.
fs = [Future() for _ in range(4)]
names = {f: "f%d" % i for i, f in enumerate(fs)}
fs[2].set_result("two")                  # already done: comes first
it = as_completed(fs + [fs[0], fs[2]])   # duplicates are yielded once
print(names[next(it)])


def finish_in_order():
    for i in (3, 0, 1):
        fs[i].set_result(i)


order = []
t = threading.Thread(target=finish_in_order)
t.start()
for f in it:
    order.append(names[f])
t.join()
print(order)

# Cancelled futures count as completed once the cancel is acknowledged.
a, b = Future(), Future()
b.cancel()
b.set_running_or_notify_cancel()
a.set_exception(ValueError("x"))
print(sorted(("cancelled" if f.cancelled() else type(f.exception()).__name__)
             for f in as_completed([a, b])))

# With an executor: results gated so the completion order is known.
gates = [threading.Event() for _ in range(3)]


def job(i):
    gates[i].wait(5)
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(job, i) for i in range(3)]
    gates[2].set()
    out = []
    for k, f in enumerate(as_completed(futs)):
        out.append(f.result())
        if k < 2:
            gates[[1, 0][k]].set()
    # 2 is released first; each result then releases the next one
    print(out)

# Timeout: the message counts the unfinished futures.
p1, p2, p3 = Future(), Future(), Future()
p1.set_result(1)
seen = []
try:
    for f in as_completed([p1, p2, p3], timeout=0.1):
        seen.append(f.result())
except TimeoutError as e:
    print("TimeoutError:", e, "after", seen)
try:
    next(as_completed([p2], timeout=0))
except TimeoutError as e:
    print("TimeoutError:", e)
print(list(as_completed([])))
# Waiters are removed afterwards.
print(len(p2._waiters), len(p1._waiters))
