class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)
class Q(P):
    def __str__(self):
        return '<%s,%s>' % (self.x, self.y)
p = P(1, 'a')
q = Q(2, 'b')
print(p, repr(p), str(p))
print(q, repr(q), str(q))
print([p, q], (q,), {'k': q})
print(f'{p} {q} {q!r}', '%s %r' % (q, q), '{} {!r}'.format(q, q))
class OnlyStr:
    def __str__(self):
        return 'only-str'
o = OnlyStr()
print(o, str(o), [str(o)])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
class Nested:
    def __repr__(self):
        return 'N[' + repr([1, 'x']) + ']'
print(Nested(), [Nested()])
