s = {1, 2, 3}
f = frozenset({2, 3, 4})
print(sorted(s | f), type(s | f).__name__, type(f | s).__name__, type(s & f).__name__, type(f - s).__name__)
print(s == {3, 2, 1}, s != f, s < {1, 2, 3, 4}, f > frozenset({2}), s <= s, s >= set())
print(sorted(s.union('ab', [9])) if False else sorted(s.union([9, 8])))
t = set()
for x in [3, 1, 3, 2, 1]:
    t.add(x)
print(len(t), sorted(t), 1 in t, 5 in t)
print(sorted(set('hello') - set('world')), sorted(set('hello') & set('world')))
print({1, 2} | {2.0, 3}, len({1, 1.0, True}), {0, False, 0.0})
u = {1, 2}
v = u
u |= {3}
print(v, u is v)
u = u | {4}
print(v, u is v)
print(set([1, 2]) == frozenset([1, 2]), {frozenset({1}): 'a'}[frozenset({1})])
print(sorted({(1, 2), (2, 1), (1, 2)}), sorted(map(sorted, [{3, 1}, {2}])))
