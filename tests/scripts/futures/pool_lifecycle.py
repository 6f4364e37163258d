# Pool states: close, join, terminate, context manager, bad arguments.
import threading
import time
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool


def nap(x):
    time.sleep(0.01)
    return x


pool = ThreadPool(2)
print(repr(pool))
try:
    pool.join()
except ValueError as e:
    print("ValueError", e)
results = [pool.apply_async(nap, (i,)) for i in range(6)]
m = pool.map_async(nap, range(5))
pool.close()
print(repr(pool))
for call in (lambda: pool.apply_async(nap, (1,)), lambda: pool.map(nap, [1]),
             lambda: pool.imap(nap, [1]), lambda: pool.imap_unordered(nap, [1]),
             lambda: pool.starmap(pow, [(1, 2)]), lambda: pool.apply(nap, (1,))):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
pool.join()           # queued work still completes after close()
print([r.get() for r in results], m.get())
pool.close()          # closing again is harmless
pool.terminate()
print(repr(pool))

# The context manager calls terminate(): work not yet started is dropped.
started = threading.Event()
gate = threading.Event()


def first(x):
    started.set()
    gate.wait(5)
    return x


with ThreadPool(1) as p:
    print("enter returns pool:", isinstance(p, ThreadPool))
    a = p.apply_async(first, ("a",))
    b = p.apply_async(nap, ("b",))
    started.wait(5)
    print(repr(p))
print(repr(p), "b ready:", b.ready())
gate.set()
p.join()
# terminate() stopped the result collection: a's result is never delivered.
print("a ready:", a.ready(), "b ready:", b.ready())
try:
    with p:
        pass
except ValueError as e:
    print("ValueError", e)

# terminate() without close(), then join().
q = Pool(3)
print(q.map(nap, range(4)), repr(q))
q.terminate()
q.join()
print(repr(q))

for args in ((0,), (-1,)):
    try:
        ThreadPool(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    ThreadPool(1, initializer=3)
except TypeError as e:
    print("TypeError", e)

local = threading.local()


def init(base):
    local.value = base


with Pool(2, init, (100,)) as p:
    print(p.map(lambda x: local.value + x, range(4)))
