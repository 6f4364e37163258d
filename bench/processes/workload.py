# Runs under both python3 and gilpy (bench/processes/run.py starts it):
# Pool(2).map of a CPU-bound function vs the same calls serially, the
# per-item overhead of Pool.map on a trivial function, and the time to
# start and close a pool. Prints one JSON line.

import sys
import time
from multiprocessing import Pool

N = int(sys.argv[1])
REPEATS = int(sys.argv[2])


def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def trivial(x):
    return x


def best(f):
    return min(f() for _ in range(REPEATS))


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


jobs = [N] * 8
result = {}
result["serial"] = best(lambda: timed(lambda: [work(n) for n in jobs]))
with Pool(2) as pool:
    pool.map(trivial, range(10))     # workers are up
    result["pool2"] = best(lambda: timed(lambda: pool.map(work, jobs)))
    items = 20000
    result["per_item_us"] = best(lambda: timed(lambda: pool.map(trivial, range(items)))) / items * 1e6


def start_close():
    p = Pool(2)
    p.map(trivial, [1, 2])
    p.close()
    p.join()


result["start_close"] = best(lambda: timed(start_close))
print(repr(result))   # no json needed: run.py reads it with ast.literal_eval
