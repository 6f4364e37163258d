def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts
    return count
c = counter_factory()
for w in 'a b a c a b'.split():
    c(w)
print(c('z'))
def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def shadow(x):
    def inner(x):
        return x * 2
    return inner(x + 1), x
print(shadow(5))
def make_ops():
    def add(a, b): return a + b
    def mul(a, b): return a * b
    return {f.__name__: f for f in (add, mul)}
ops = make_ops()
print(sorted(ops), ops['add'](2, 3), ops['mul'](2, 3), ops['add'].__qualname__)
