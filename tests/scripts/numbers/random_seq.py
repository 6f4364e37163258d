# random must reproduce CPython's sequences for the same seed.
import random
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for seed in [0, 42, -42, 2**100 + 7, 1.5, 'hello', b'bytes', True]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(100), random.randint(1, 100),
          random.randrange(0, 1000, 7), random.choice('abcdefg'))
random.seed(12345)
print([random.randint(1, 6) for i in range(20)])
print(random.sample(range(100), 10), random.sample(range(10**6), 5), random.sample(['a', 'b', 'c'], 3))
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.choices('abc', k=5), random.choices('abc', [1, 2, 3], k=5), random.choices('abc', cum_weights=[1, 1, 5], k=4))
print(random.uniform(1, 2), random.triangular(), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(2), random.gammavariate(2.5, 1), random.gammavariate(0.5, 1), random.betavariate(2, 3))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(8), random.randrange(10**30), random.getrandbits(0), random.getrandbits(64))
st = random.getstate()
a = [random.random() for i in range(3)]
random.setstate(st)
print(a == [random.random() for i in range(3)], st[0], len(st[1]), st[2])
r = random.Random(7)
r2 = random.Random(7)
print(r.random() == r2.random(), r.randint(1, 10), random.Random('x').random())
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.choice([1, 2, 3]), m.randrange(10))
t(lambda: random.randrange(0))
t(lambda: random.randrange(5, 5))
t(lambda: random.randrange(1, 5, 0))
t(lambda: random.choice([]))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.choices([1, 2], [1]))
t(lambda: random.getrandbits(-1))
t(lambda: random.seed([1]))
