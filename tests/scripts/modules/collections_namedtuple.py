from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
Q = namedtuple('Q', 'first, second')
print(Q(second=2, first=1), Q._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p + (3,), p * 2, p.count(1), p.index(2))
print(type(p).__name__, Point.__name__, repr(Point(x=-1, y='s')))
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    namedtuple('Bad', ['ok', 'class'])
except ValueError as e:
    print('ValueError', e)
R = namedtuple('R', 'a a_dup def', rename=True)
print(R._fields)
class Sub(namedtuple('Base', 'w h')):
    def area(self):
        return self.w * self.h
print(Sub(3, 4).area(), Sub(3, 4))
