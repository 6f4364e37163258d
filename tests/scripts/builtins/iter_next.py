it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
vals = iter([5, 3, 0, 7])
print(list(iter(lambda: next(vals), 0)))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
s = iter('ab')
print(iter(s) is s, list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), list(d))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
try:
    iter(5, 5)
except TypeError as e:
    print('TypeError', e)
it2 = iter(range(3))
for x in it2:
    print('x', x, list(it2))
