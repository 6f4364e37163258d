class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, x):
        self.shared.append(x)
a = C('a')
b = C('b')
a.add(1)
b.add(2)
print(a.shared, b.shared, C.shared, a.shared is b.shared)
a.count = 99
print(a.count, b.count, C.count)
del a.count
print(a.count)
print(sorted(vars(a)), sorted(k for k in vars(C) if not k.startswith('__')))
C.new_attr = 'added'
print(a.new_attr, b.new_attr)
b.shared = ['own']
print(a.shared, b.shared, C.shared)
print('name' in a.__dict__, 'shared' in a.__dict__, 'shared' in C.__dict__)
print(getattr(a, 'missing', 'default'), hasattr(C, 'add'), hasattr(a, 'name'))
class D(C):
    pass
D.count = 0
d = D('d')
print(D.count, C.count)
