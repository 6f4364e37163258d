class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Pt(%d,%d)' % (self.x, self.y)
s = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
print(len(s), Pt(1, 2) in s, Pt(3, 3) in s)
d = {Pt(0, 0): 'origin'}
print(d[Pt(0, 0)], hash(Pt(1, 2)) == hash((1, 2)))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(hash(p1) == hash(p1), p1 == p2, p1 == p1, len({p1, p2, p1}))
class Child(Pt):
    pass
print(hash(Child(1, 2)) == hash(Pt(1, 2)))
class Child2(Pt):
    def __eq__(self, o):
        return False
try:
    hash(Child2(1, 2))
except TypeError as e:
    print('TypeError', e)
class H:
    def __hash__(self):
        return 'nope'
try:
    hash(H())
except TypeError as e:
    print('TypeError', e)
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
