"""countdown: the tightest possible interpreter loop.

Measures raw bytecode/AST dispatch cost for a while loop, a comparison and an
in-place subtraction on a local small int.  Nothing else happens, so this is
the purest view of per-operation overhead.
"""


def countdown(n):
    while n > 0:
        n -= 1
    return n


N = 50_000_000
print("countdown", N, "->", countdown(N))
