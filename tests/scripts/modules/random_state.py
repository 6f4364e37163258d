import random
random.seed(42)
a = [random.random() for _ in range(3)]
state = random.getstate()
b = [random.random() for _ in range(3)]
random.setstate(state)
c = [random.random() for _ in range(3)]
print(a)
print(b == c, b)
r = random.Random(7)
r2 = random.Random(7)
print([r.randint(0, 9) for _ in range(10)], [r2.randint(0, 9) for _ in range(10)])
print(r.random() == r2.random())
random.seed(1)
deck = [r + s for r in 'A23' for s in 'HS']
random.shuffle(deck)
print(deck)
print(random.sample(deck, k=2))
random.seed(99)
print([random.randrange(1, 7) for _ in range(20)])
print(sum(random.random() for _ in range(1000)))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.randrange(0), lambda: random.randrange(1, 5, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
