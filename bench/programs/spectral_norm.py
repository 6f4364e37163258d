"""spectral_norm: largest singular value of an infinite matrix, truncated.

Measures nested loops over float lists, a small pure function called in the
innermost loop (an O(n^2) number of calls per multiply), and generator-free
summation.  A is the matrix with entries 1 / ((i+j)(i+j+1)/2 + i + 1); the
power method on A^T A converges to its spectral norm, ~1.274224153.

Reference: n=100 gives 1.274219991.
"""
import math


def a(i, j):
    # Entry (i, j) of the matrix A, 0-based.
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def mul_atv(v, n):
    # Same as mul_av with the indices swapped: A transposed.
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n, iterations=10):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return math.sqrt(vbv / vv)


N = 320
print(f"spectral_norm n={N}: {spectral_norm(N):.9f}")
