class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print('iter called')
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for v in CountDown(3):
    print(v)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
for v in Seq():
    print('seq', v)
print(list(Seq()), 9 in Seq(), 5 in Seq())
it = iter([1, 2, 3])
for a in it:
    if a == 1:
        print('skip', next(it))
    else:
        print('a', a)
try:
    for x in 5:
        pass
except TypeError as e:
    print('TypeError', e)
class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print('TypeError', e)
