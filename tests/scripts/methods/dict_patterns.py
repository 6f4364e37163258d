text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
nested = {}
for a, b, c in [('x', 'y', 1), ('x', 'z', 2), ('w', 'y', 3)]:
    nested.setdefault(a, {})[b] = c
print(nested)
merged = {**{'a': 1, 'b': 2}, **{'b': 20, 'c': 30}}
print(merged, {k: merged[k] for k in sorted(merged, reverse=True)})
d = dict.fromkeys('abc')
d.update(b=2)
print(d, [k for k, v in d.items() if v is None])
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    cache[n] = r = n if n < 2 else fib(n - 1) + fib(n - 2)
    return r
print(fib(60), len(cache), list(cache)[:5])
