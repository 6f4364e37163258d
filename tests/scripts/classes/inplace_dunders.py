class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __add__(self, o):
        print('add')
        return Acc(self.v + o)
    def __isub__(self, o):
        print('isub returns new')
        return Acc(self.v - o)
    def __repr__(self):
        return 'Acc(%r)' % self.v
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a = a + 1
print(a, a is orig)
b = Acc(10)
ob = b
b -= 3
print(b, b is ob, ob)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('fallback add')
        return OnlyAdd(self.v + o)
c = OnlyAdd(1)
oc = c
c += 1
print(c.v, c is oc)
class Weird:
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return 'mul fallback'
w = Weird()
w *= 2
print(w)
l = [1]
l2 = l
l += (2, 3)
print(l, l is l2)
try:
    l = l + (4,)
except TypeError as e:
    print('TypeError', e)
