"""Seed 002's exercise: sorting two big arrays in two threads.

The seed tries it with numpy.sort, which releases the GIL; here native.sort
does (with release_gil=False it keeps the lock, for comparison). Two sorts in
two threads take about as long as one when the kernel releases the lock.

    gilpy examples/sort_threads.py [N]
"""
import sys
import time
from array import array
from threading import Thread

import native

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5 * 10**6


def fresh(seed):
    a = array('d', [0.0]) * N
    native.fill_uniform(a, 0.0, 1.0, seed)
    return a


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def in_threads(arrays, **kw):
    ts = [Thread(target=native.sort, args=(a,), kwargs=kw) for a in arrays]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def main():
    print(f"two arrays of {N:,} doubles")
    a, b = fresh(1), fresh(2)
    serial = timed(lambda: (native.sort(a), native.sort(b)))
    print(f"  one after another              : {serial:.3f} s")
    a, b = fresh(1), fresh(2)
    both = timed(lambda: in_threads([a, b]))
    print(f"  two threads (GIL released)     : {both:.3f} s   ({serial / both:.2f}x)")
    a, b = fresh(1), fresh(2)
    held = timed(lambda: in_threads([a, b], release_gil=False))
    print(f"  two threads, release_gil=False : {held:.3f} s   ({serial / held:.2f}x)")
    assert all(a[i] <= a[i + 1] for i in range(0, N - 1, max(1, N // 1000)))


if __name__ == "__main__":
    main()
