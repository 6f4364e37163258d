"""Seed 002's ladder: Monte Carlo pi, and the ways around the GIL.

    1. pure Python, one thread
    2. native.calc_pi (C++ kernel), one thread
    3. 2 threads x pure Python           -> no gain: the GIL serialises them
    4. 2 threads x native                -> gain: the kernel releases the GIL
    5. 2 threads x native, release_gil=False -> no gain: same code, lock held
    6. Pool(2) x pure Python             -> gain: two processes, two GILs

    gilpy examples/calc_pi.py [N]      (default 10**6 samples per task)
"""
import random
import sys
import time
from multiprocessing import Pool
from threading import Thread

import native

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10**6
NATIVE_N = 50 * N    # the kernel is so fast that it needs more work to time


def calc_pi(n):
    """Computes the value of pi using n random samples (seed 002)."""
    m = 0
    for _ in range(n):
        x = random.uniform(-1, 1)
        y = random.uniform(-1, 1)
        if x**2 + y**2 < 1.0:
            m += 1
    return 4 * m / n


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def two_threads(target, *args, **kwargs):
    ts = [Thread(target=target, args=args, kwargs=kwargs) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def main():
    rows = []
    py1 = timed(lambda: calc_pi(N))
    rows.append(("pure Python, 1 task", py1, py1))
    nat1 = timed(lambda: native.calc_pi(NATIVE_N))
    rows.append((f"native.calc_pi, 1 task ({NATIVE_N:,} samples)", nat1, nat1))
    rows.append(("2 threads x pure Python", timed(lambda: two_threads(calc_pi, N)), 2 * py1))
    rows.append(("2 threads x native", timed(lambda: two_threads(native.calc_pi, NATIVE_N)), 2 * nat1))
    rows.append(("2 threads x native, release_gil=False",
                 timed(lambda: two_threads(native.calc_pi, NATIVE_N, release_gil=False)), 2 * nat1))
    with Pool(2) as pool:
        pool.map(abs, [1, 2])   # workers started
        rows.append(("Pool(2) x pure Python", timed(lambda: pool.map(calc_pi, [N, N])), 2 * py1))
    print(f"pi ~ {native.calc_pi(N):.4f}   ({N:,} samples per task)\n")
    print(f"{'method':48} {'time s':>8} {'speedup vs the same work serially':>36}")
    for name, t, serial in rows:
        print(f"{name:48} {t:8.3f} {serial / t:35.2f}x")


if __name__ == "__main__":
    main()
