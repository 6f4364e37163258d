a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, (i, (j, k)) = 1, [2, (3, 4)]
print(h, i, j, k)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
p = q = 5
p += 1
print(p, q)
m, n = range(2)
print(m, n)
(o) = 7
print(o)
r, = [9]
print(r)
for (u, v), w in [((1, 2), 3), ((4, 5), 6)]:
    print(u, v, w)
k1, k2 = {'a': 1, 'b': 2}
print(k1, k2)
s1, s2, s3 = {'only'} | {'one'} | {'x'} if False else ('s', 't', 'u')
print(s1, s2, s3)
lst = [0, 0]
lst[0], lst[1] = 'L0', 'L1'
print(lst)
for bad in [lambda: exec('a, b = 1, 2, 3'), lambda: exec('a, b, c = 1, 2'), lambda: exec('a, b = 1'),
            lambda: exec('a, *b, c = [1]')]:
    try:
        bad()
    except (ValueError, TypeError) as e2:
        print(type(e2).__name__, e2)
