class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(4)
print(list(r), list(r), sum(r), max(r), [x for x in r if x > 4])
it = iter(r)
print(next(it), next(it), list(it), next(it, 'done'))
print(dict(zip(Range2(3), 'abc')), sorted(Range2(3), reverse=True))
a, b, c = Range2(3)
print(a, b, c)
print(*Range2(2))
class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x.upper()
print(list(GenIter('abc')), 'B' in GenIter('abc'))
class NotIter:
    def __next__(self):
        return 1
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError', e)
try:
    next(Range2(1))
except TypeError as e:
    print('TypeError', e)
