s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s))
s.discard(10)
s.discard(4)
s.remove(3)
print(sorted(s))
single = {'only'}
print(single.pop(), single)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({7, 8}), a.isdisjoint(b), {1} <= {1}, {1} < {1})
c = set(a)
c.update([10], {11})
print(sorted(c))
c.intersection_update({1, 2, 10, 99})
print(sorted(c))
c.difference_update([1])
print(sorted(c))
c.symmetric_difference_update({2, 3})
print(sorted(c))
c |= {100}
c &= {3, 100, 10}
c -= {10}
c ^= {7}
print(sorted(c))
d = a.copy()
d.clear()
print(d, a == {1, 2, 3, 4}, set('aab') == {'a', 'b'})
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1} | [2], lambda: set().add([])]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
