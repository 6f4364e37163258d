import operator as op
print(op.add(2, 3), op.sub(5, 1), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.not_(0), op.truth([]), op.invert(5), op.index(7))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.concat('a', 'b'), op.contains([1], 1))
lst = [10, 20, 30]
print(op.getitem(lst, 1), op.getitem('abc', slice(1, None)))
op.setitem(lst, 0, 'x')
op.delitem(lst, 2)
print(lst, op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g('abc'), g2('abc'), g({1: 'one'}), sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
        self.inner = self
    def greet(self, g, punct='!'):
        return g + ' ' + self.name + punct
people = [P('bob', 30), P('al', 25)]
print([p.name for p in sorted(people, key=op.attrgetter('age'))], op.attrgetter('name', 'age')(people[0]))
print(op.attrgetter('inner.inner.name')(people[1]))
print(op.methodcaller('upper')('abc'), op.methodcaller('greet', 'hi')(people[0]), op.methodcaller('greet', 'yo', punct='?')(people[1]))
print(op.iadd([1], [2]), op.iadd(1, 2), op.length_hint([1, 2, 3]))
