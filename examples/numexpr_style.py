"""Seed 000's expression (2*a + 3*b) / b over 10**6 doubles, three ways:

    an element loop in Python
    a sequence of single native operations (each a full pass over memory,
        with a temporary array between steps — what NumPy does)
    native.evaluate: the whole expression compiled once and evaluated in
        cache-sized blocks on all cores, with the GIL released (numexpr's way)

    gilpy examples/numexpr_style.py [N]
"""
import sys
import time
from array import array

import native

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10**6


def timed(f, repeat=3):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = f()
        t = time.perf_counter() - t
        best = t if best is None else min(best, t)
    return best, result


def main():
    a = array('d', [0.0]) * N
    b = array('d', [0.0]) * N
    native.fill_uniform(a, 1.0, 2.0, 1)
    native.fill_uniform(b, 1.0, 2.0, 2)
    t_loop, r_loop = timed(lambda: array('d', [(2 * x + 3 * y) / y for x, y in zip(a, b)]), 1)

    def single_ops():
        t1 = native.evaluate("2*a", {"a": a})         # one pass each, like NumPy's,
        t2 = native.evaluate("3*b", {"b": b})         # temporaries between the steps
        t3 = native.evaluate("t1 + t2", {"t1": t1, "t2": t2})
        return native.evaluate("t3 / b", {"t3": t3, "b": b})
    t_ops, r_ops = timed(single_ops)
    t_ev, r_ev = timed(lambda: native.evaluate("(2*a + 3*b) / b", {"a": a, "b": b}))
    t_ev1, _ = timed(lambda: native.evaluate("(2*a + 3*b) / b", {"a": a, "b": b}, threads=1))
    assert all(abs(x - y) < 1e-12 for x, y in zip(r_loop, r_ev)) and list(r_ops) == list(r_ev)
    print(f"(2*a + 3*b) / b over {N:,} doubles, best of 3\n")
    print(f"{'element loop in Python':40} {t_loop * 1000:9.2f} ms")
    print(f"{'four single native operations':40} {t_ops * 1000:9.2f} ms   {t_loop / t_ops:6.1f}x")
    print(f"{'native.evaluate, 1 thread':40} {t_ev1 * 1000:9.2f} ms   {t_loop / t_ev1:6.1f}x")
    print(f"{'native.evaluate, all cores':40} {t_ev * 1000:9.2f} ms   {t_loop / t_ev:6.1f}x"
          f"   ({t_ops / t_ev:.1f}x the single operations)")


if __name__ == "__main__":
    main()
