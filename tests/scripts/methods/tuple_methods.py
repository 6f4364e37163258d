t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, 1))
print(len(t), t[1:4], t[::-1], t + (4,), t * 2, 2 in t, 9 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 'a') == (1, 'a'))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): 'v'}[(1, 2)])
print(tuple(), tuple([1]), (1,) * 3, tuple('ab') + tuple(range(2)))
a, b, c = (1, 2, 3)
print(a + b + c, max(t), min(t), sum(t), sorted(t))
nt = ([1], 2)
nt[0].append(3)
print(nt)
try:
    hash(nt)
except TypeError as e:
    print('TypeError', e)
try:
    t.index(99)
except ValueError as e:
    print('ValueError', e)
try:
    (1, 2) + [3]
except TypeError as e:
    print('TypeError', e)
try:
    t.append(1)
except AttributeError as e:
    print('AttributeError', e)
