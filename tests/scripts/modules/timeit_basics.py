import timeit
t = timeit.timeit('x = 1', number=1000)
print(type(t).__name__, t >= 0)
t2 = timeit.timeit(stmt='sum(range(10))', number=100)
print(type(t2).__name__, t2 >= 0)
timer = timeit.Timer(stmt='y = x * 2', setup='x = 5')
r = timer.timeit(number=500)
print(type(r).__name__, r >= 0)
rep = timer.repeat(repeat=3, number=10)
print(type(rep).__name__, len(rep), all(v >= 0 for v in rep))
rep2 = timeit.repeat('pass', repeat=4, number=5)
print(len(rep2))
calls = []
def f():
    calls.append(1)
print(timeit.timeit(f, number=7) >= 0, len(calls))
print(isinstance(timeit.default_timer(), float))
