class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('__getattr__', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))
try:
    p.nosuch
except AttributeError as e:
    print('AttributeError', e)
class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith('d_'):
            return name[2:] * 2
        raise AttributeError('no attribute ' + name)
d = Defaults()
print(d.x, d.d_ab, hasattr(d, 'd_z'), hasattr(d, 'zz'), getattr(d, 'zz', 'dflt'))
class Tracked:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
t = Tracked()
t.a = 1
t.b = 2
t.a = 3
del t.b
print(t.log, t.a, vars(t))
class GA:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
g = GA()
g.real = 'r'
print(g.magic, g.real)
