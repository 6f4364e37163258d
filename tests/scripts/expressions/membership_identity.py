print(1 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'bc' in 'abc', '' in 'abc', 'ac' in 'abc')
print(2 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 1 in {1, 2}, 5 in range(10), 10 in range(10))
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(-5, 0), 1.0 in [1], True in [1])
print(not 1 in [2], not (1 in [2]))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, True is True, type(()) is tuple, type(1) is int, type(True) is bool)
x = 'hello'
print(x is x, len(x) is len(x) if False else True)
n = float('nan')
print(n in [n], n == n)
class Eq:
    def __eq__(self, o):
        print('eq called')
        return True
e = Eq()
print(e in [1], e in [e])
print([1, 2] in [[1, 2], 3], (1,) in {(1,): 0})
try:
    print(1 in 5)
except TypeError as e2:
    print('TypeError', e2)
try:
    print([] in {1})
except TypeError as e2:
    print('TypeError', e2)
try:
    print(1 in 'abc')
except TypeError as e2:
    print('TypeError', e2)
