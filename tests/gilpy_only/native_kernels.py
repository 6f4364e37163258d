# native module: array kernels (results checked by hand against the builtins).
import array
import native

nan = float('nan')
d = array.array('d', [3.0, 1.5, -2.0, 4.25])
print(native.sum(d), sum(d))
print(native.min(d), native.max(d))
print(native.sum(d, release_gil=False), native.min(d, release_gil=False))

# Exact integer sums, beyond 64 bits
q = array.array('q', [2**62] * 4)
print(native.sum(q), sum(q))
print(native.sum(array.array('B', [255] * 1000)))
print(native.min(array.array('h', [5, -7, 3])), native.max(array.array('L', [2**64 - 1, 0])))
print(native.sum(array.array('f', [0.5, 0.25])))
print(native.sum(array.array('d')), native.sum(array.array('i')))

# NaN: like builtins.min/max, a NaN first item wins, later NaNs are skipped
for items in ([nan, 1.0, 2.0], [1.0, nan, 0.0]):
    a = array.array('d', items)
    print(native.min(a), min(a), native.max(a), max(a))

# dot
print(native.dot(d, d), sum(x * x for x in d))
print(native.dot(array.array('i', [1, 2, 3]), array.array('i', [4, 5, 6])))
print(native.dot(array.array('Q', [2**63, 2**63]), array.array('Q', [2, 2])))

# sort: in place, NaNs last
s = array.array('d', [3.0, nan, -1.0, 2.0, nan, 0.0])
print(native.sort(s), s)
i = array.array('i', [5, -2, 9, 0, -2])
native.sort(i)
print(i)

# arange
print(native.arange(4))
print(native.arange(1, 2, 0.25))
print(native.arange(5, 1, -2), native.arange(0), native.arange(-3))

# fill_uniform: reproducible per seed, in [lo, hi)
u = array.array('d', [0.0]) * 1000
v = array.array('d', [0.0]) * 1000
native.fill_uniform(u, -1, 1, 42)
native.fill_uniform(v, -1, 1, seed=42)
print(u == v, min(u) >= -1, max(u) < 1, abs(sum(u) / len(u)) < 0.1)
native.fill_uniform(v, -1, 1, 43)
print(u == v)
f = array.array('f', [0.0]) * 10
native.fill_uniform(f, 5, 6, 1)
print(all(5 <= x <= 6 for x in f))

# calc_pi, countdown, spin, pairwise
print(native.calc_pi(200000, 7) == native.calc_pi(200000, 7), abs(native.calc_pi(200000, 7) - 3.14159) < 0.02)
print(native.countdown(1000000), native.countdown(0), native.countdown(-5))
print(native.spin(0.01))
p = array.array('d', [0, 0, 0, 1, 0, 0])
qq = array.array('d', [0, 0, 0, 0, 3, 4])
out = array.array('d', [-1.0] * 4)
native.pairwise(p, qq, out, 1, 2)
print(out)
native.pairwise(p, qq, out, 0, 2)
print(out)
print(native.cpu_count() >= 1)
