def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
class K:
    def m(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=2),
    lambda: g(1, 2, 3),
    lambda: g(),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K().m(y=1),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y, z: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: 'abc'.split(1),
    lambda: [].append(),
    lambda: int('1', 2, 3),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{'a': 1}),
]
for c in calls:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(type(e).__name__, e)
