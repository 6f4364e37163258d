# bench/native: the same work as baseline.cpp through gilpy's `native`
# module, plus scaling over threads. Prints a dict (read by run.py).
import sys
import time
from array import array
from threading import Thread

import native

N = int(sys.argv[1])
NP = int(sys.argv[2])
CORES = native.cpu_count()


def best(f, repeat=5):
    b = None
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        t = time.perf_counter() - t
        b = t if b is None else min(b, t)
    return b


def threads(target, args_list):
    ts = [Thread(target=target, args=args) for args in args_list]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


a = array('d', [0.0]) * N
b = array('d', [0.0]) * N
native.fill_uniform(a, 0.0, 1.0, 1)
native.fill_uniform(b, 0.0, 1.0, 2)
p = array('d', [0.0]) * (3 * NP)
q = array('d', [0.0]) * (3 * NP)
native.fill_uniform(p, 0.0, 1.0, 3)
native.fill_uniform(q, 0.0, 1.0, 4)
R = array('d', [0.0]) * (NP * NP)
out = array('d', [0.0]) * N
env = {"a": a, "b": b}
res = {
    "sum": best(lambda: native.sum(a)),
    "dot": best(lambda: native.dot(a, b)),
    "sort": best(lambda: native.sort(array('d', a)), 3),
    "pairwise": best(lambda: native.pairwise(p, q, R, 0, NP)),
    "expr": best(lambda: native.evaluate("(2*a + 3*b) / b", env, out=out, threads=1)),
    "expr_all_cores": best(lambda: native.evaluate("(2*a + 3*b) / b", env, out=out)),
    "expr_single_ops": best(lambda: native.evaluate("t3 / b", {"b": b, "t3": native.evaluate(
        "t1 + t2", {"t1": native.evaluate("2*a", env), "t2": native.evaluate("3*b", env)})})),
    "cores": CORES,
}
# Threads x native on all cores: the same total work (calc_pi samples) on 1
# thread, then split over CORES threads.
S = 20_000_000
res["pi_1thread"] = best(lambda: native.calc_pi(S, 1), 3)
res["pi_threads"] = best(lambda: threads(native.calc_pi, [(S // CORES, k) for k in range(CORES)]), 3)
print(repr(res))
