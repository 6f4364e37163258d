class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a, a is a)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('E.__eq__')
        if not isinstance(o, E):
            return NotImplemented
        return self.v == o.v
x, y = E(1), E(1)
print(x == y)
print(x != y)
print(x == 1)
print(1 == x)
print(x != 'a')
print([x] == [y], x in [y])
class Z:
    def __ne__(self, o):
        return 'custom ne'
print(Z() != Z(), Z() == Z())
