"""Threads DO help when they wait: blocking calls release the GIL.

Sixteen tasks each "download" for 0.1 s (time.sleep stands in for the
network). One after another they take 1.6 s; on a pool of 8 threads the
waits overlap and the whole batch takes about 0.2 s — the seed's
`from multiprocessing.dummy import Pool as ThreadPool` pattern.

    gilpy examples/io_threads.py
"""
import time
from multiprocessing.dummy import Pool as ThreadPool

DELAY = 0.1
TASKS = 16


def fetch(i):
    time.sleep(DELAY)          # releases the GIL while it waits
    return i * i


def main():
    start = time.perf_counter()
    serial = [fetch(i) for i in range(TASKS)]
    t_serial = time.perf_counter() - start
    print(f"{TASKS} waits of {DELAY} s, one after another: {t_serial:.2f} s")

    pool = ThreadPool(8)
    start = time.perf_counter()
    results = pool.map(fetch, range(TASKS))
    t_pool = time.perf_counter() - start
    pool.close()
    pool.join()
    assert results == serial
    print(f"the same on ThreadPool(8):              {t_pool:.2f} s  ({t_serial / t_pool:.1f}x faster)")


if __name__ == "__main__":
    main()
