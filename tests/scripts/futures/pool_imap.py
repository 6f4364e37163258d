# imap / imap_unordered: order, chunksize, errors, next(timeout), bad iterables.
import threading
import time
import multiprocessing
from multiprocessing.pool import ThreadPool


def slow_inc(x):
    time.sleep(0.002 * (6 - x % 6))
    return x + 1


def fail_on_3(x):
    if x == 3:
        raise ValueError("three")
    return x


def broken_iterable():
    yield 1
    yield 2
    raise OSError("iterable broke")


with ThreadPool(3) as pool:
    print(list(pool.imap(slow_inc, range(10))))
    print(list(pool.imap(slow_inc, range(10), chunksize=4)))
    print(sorted(pool.imap_unordered(slow_inc, range(10))))
    print(sorted(pool.imap_unordered(slow_inc, range(10), 3)))
    print(list(pool.imap(slow_inc, [])), list(pool.imap_unordered(slow_inc, [])))
    it = pool.imap(slow_inc, range(3))
    print(iter(it) is it, type(it).__name__, it.next(), next(it), it.__next__())
    try:
        next(it)
    except StopIteration:
        print("StopIteration")
    print(type(pool.imap(abs, [1], chunksize=2)).__name__)

    it = pool.imap(fail_on_3, range(6))
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
        except ValueError as e:
            out.append("err:%s" % e)
    print(out)
    print(sorted(map(str, pool.imap_unordered(abs, range(-2, 1)))))

    it = pool.imap(int, broken_iterable())
    got = []
    try:
        for v in it:
            got.append(v)
    except OSError as e:
        print("iterable error reached the consumer:", got, e)

    for meth in (pool.imap, pool.imap_unordered):
        try:
            meth(abs, [1], chunksize=0)
        except ValueError as e:
            print("ValueError", e)

    gate = threading.Event()
    it = pool.imap(lambda x: gate.wait(5) and x, [7])
    try:
        it.next(timeout=0.05)
    except multiprocessing.TimeoutError as e:
        print("next(timeout) -> TimeoutError", repr(e))
    gate.set()
    print(it.next(timeout=5))
    it = pool.imap_unordered(lambda x: x, [8])
    print(it.next(5))
