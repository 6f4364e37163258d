class MyList(list):
    def sum(self):
        return sum(self)
    def __repr__(self):
        return 'MyList(' + list.__repr__(self) + ')'
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), m[1:], type(m[1:]).__name__, isinstance(m, list))
print(m + [5], type(m + [5]).__name__, m == [1, 2, 3, 4])
class MyDict(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = MyDict(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d)
class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counted()
c['x'] = 1
print(c, dict(c))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hi')
print(s, s.shout(), s + ' there', type(s + 'x').__name__, len(s), s == 'hi')
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
i = MyInt(7)
print(repr(i), i + 1, type(i + 1).__name__, i * 2, isinstance(i, int), str(i))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(404, 'not found')
except MyErr as e:
    print(type(e).__name__, e, e.code, e.args)
class MyTuple(tuple):
    pass
t = MyTuple((1, 2))
print(t, type(t).__name__, t + (3,), hash(t) == hash((1, 2)))
