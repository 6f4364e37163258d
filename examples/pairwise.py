"""Seed 003's table: the pairwise matrix R, r_ij = 1 / (1 + |p_i - q_j|),
for N points P and Q in 3-D, computed every way gilpy offers:

    pure Python loops (one thread)
    worker processes writing rows into a shared RawArray (pairwise_processes.py)
    native.pairwise in 1 thread          (a C++ kernel, GIL released)
    native.pairwise in k threads         (row ranges: threads run in parallel)
    native.evaluate                      (numexpr-style, one row at a time)

    gilpy examples/pairwise.py [--n N]      (default 1500; --n 5000 is the paper's size)
"""
import os
import sys
import time
from array import array
from threading import Thread

import native
from pairwise_processes import generate_jobs, make_points, mp_getR, rows

N = int(sys.argv[sys.argv.index("--n") + 1]) if "--n" in sys.argv else 1500


def native_threads(p, q, R, n, k):
    """native.pairwise over k threads, each on its own row range."""
    threads = [Thread(target=native.pairwise, args=(p, q, R, a, b)) for a, b in generate_jobs(n, k)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def with_evaluate(p, q, R, n):
    """Row by row: the distance expression over all q_j at once."""
    qx, qy, qz = (array('d', q[c::3]) for c in range(3))
    row = array('d', [0.0]) * n
    for i in range(n):
        px, py, pz = p[3 * i], p[3 * i + 1], p[3 * i + 2]
        native.evaluate("1 / (1 + sqrt((px - qx)**2 + (py - qy)**2 + (pz - qz)**2))", out=row)
        R[i * n:(i + 1) * n] = row


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def main():
    ncpu = os.cpu_count() or 1
    p_list, q_list = make_points(N, 1), make_points(N, 2)
    p, q = array('d', p_list), array('d', q_list)
    print(f"R for N = {N} ({N * N:,} entries), {ncpu} CPUs\n")
    ref = [0.0] * (N * N)
    t_py = timed(lambda: rows(p_list, q_list, ref, N, 0, N))
    results = [("pure Python loops", t_py)]
    shared = []
    results.append((f"Pool({ncpu}) processes into a RawArray", timed(lambda: shared.append(mp_getR(p_list, q_list, ncpu)))))
    R = array('d', [0.0]) * (N * N)
    results.append(("native.pairwise, 1 thread", timed(lambda: native.pairwise(p, q, R, 0, N))))
    R2 = array('d', [0.0]) * (N * N)
    results.append((f"native.pairwise, {ncpu} threads", timed(lambda: native_threads(p, q, R2, N, ncpu))))
    R3 = array('d', [0.0]) * (N * N)
    results.append(("native.evaluate, row by row", timed(lambda: with_evaluate(p, q, R3, N))))
    print(f"{'method':40} {'time s':>9} {'vs pure Python':>15}")
    for name, t in results:
        print(f"{name:40} {t:9.4f} {t_py / t:14.1f}x")
    close = lambda a, b: all(abs(x - y) < 1e-12 for x, y in zip(a, b))
    assert list(shared[0]) == ref and close(R, ref) and close(R2, ref) and close(R3, ref)
    print("\nall methods give the same matrix")


if __name__ == "__main__":
    main()
