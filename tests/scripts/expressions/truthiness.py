class A:
    pass
class B:
    def __bool__(self):
        print('bool B')
        return False
class L:
    def __len__(self):
        print('len L')
        return 0
class BL:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
vals = [0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), (0,), {}, {0: 0}, set(), None, range(0), range(1), b'', b'\x00', A()]
print([bool(v) for v in vals])
print(bool(B()), bool(L()), bool(BL()))
if not B():
    print('B falsy')
if L():
    print('no')
else:
    print('L falsy')
print(B() or 'alt', type(L() and 'never').__name__)
print(len([x for x in vals if x]))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print('TypeError', e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print('ValueError', e)
