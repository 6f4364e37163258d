# Executor.map: order, several iterables, errors, timeout, laziness of results.
import time
import threading
from concurrent.futures import ThreadPoolExecutor


def slow_square(x):
    # Later items finish first, yet map keeps the input order.
    time.sleep(0.01 * (5 - x))
    return x * x


def maybe_fail(x):
    if x == 3:
        raise ValueError("item %d" % x)
    return x


with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow_square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))        # shortest iterable wins
    print(list(ex.map(str, [])))
    print(list(ex.map(abs, range(-3, 3), chunksize=4)))  # chunksize ignored
    it = ex.map(maybe_fail, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("got", got, "then ValueError", e)
    # The iterator is a generator; results are produced on demand.
    gen = ex.map(lambda x: x + 1, range(3))
    print(type(gen).__name__, next(gen), list(gen))

# timeout: a result not ready in time raises TimeoutError; the rest is cancelled.
release = threading.Event()


def blocked(x):
    if x == 1:
        release.wait(5)
    return x


ex = ThreadPoolExecutor(max_workers=1)
it = ex.map(blocked, range(4), timeout=0.2)
print(next(it))
try:
    next(it)
except TimeoutError as e:
    print("TimeoutError", repr(e))
release.set()
ex.shutdown(wait=True)
print("after timeout: iterator finished ->", list(it))
