class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    def __repr__(self):
        return 'V%d' % self.n
    __hash__ = None
a, b = V(1), V(2)
print(a == V(1), a != V(1), a < b, a <= b, a > b, a >= b, a == 1, a != 'x')
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(4)]), min(V(9), V(7)))
print(sorted([V(3), V(1), V(2)], reverse=True))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print('lt', self.n, o.n)
        return self.n < o.n
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(y > x)
try:
    print(x <= y)
except TypeError as e:
    print('TypeError', e)
class NeOnly:
    def __eq__(self, o):
        return True
print(NeOnly() != NeOnly(), NeOnly() == 5)
print([V(1), V(2)] == [V(1), V(2)], (V(1),) < (V(2),))
