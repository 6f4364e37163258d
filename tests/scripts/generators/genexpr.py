g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in 'abcdef' if x not in 'be'))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 3 for x in [1, 5]), all(x < 3 for x in [1, 5]))
print(sorted(c.upper() for c in 'hello'))
print(dict((k, v) for k, v in zip('ab', [1, 2])), set(x % 3 for x in range(10)))
print(tuple(n for n in range(3)), ''.join(str(n) for n in range(5)))
def first(it):
    for x in it:
        return x
print(first(x for x in range(10, 20) if x % 7 == 0))
evals = []
def src():
    for i in range(3):
        evals.append(i)
        yield i
lazy = (x * 10 for x in src())
print(evals)
print(next(lazy), evals)
x = 'outer'
gen = (x for _ in range(1))
print(list(gen), x)
data = [1, 2, 3]
ge = (d * 2 for d in data)
data.append(4)
print(list(ge))
data2 = [1, 2]
ge2 = (d for d in data2)
data2 = [9, 9]
print(list(ge2))
