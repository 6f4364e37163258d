class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        return self.data.get(key, 0)
    def __setitem__(self, key, val):
        print('set', key, val)
        self.data[key] = val
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
g = Grid()
g[1, 2] = 'a'
g['k'] = 'b'
print(g[1, 2], g[9], len(g), (1, 2) in g, 'z' in g, 'z' not in g)
del g['k']
print(len(g), bool(g))
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
print(e[1:3], e[::2], e[1, 2:3, ...], e[:, None], e[-1:], e['s'])
try:
    del g['missing']
except KeyError as e:
    print('KeyError', e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError('seq index')
        return 'abc'[i]
s = Seq()
print(list(s), 'b' in s, 'z' in s, list(reversed(s)), s[0])
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print('TypeError', e)
try:
    NoLen()[0]
except TypeError as e:
    print('TypeError', e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print('TypeError', e)
