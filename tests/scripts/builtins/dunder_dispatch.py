class N:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return 3
    def __abs__(self):
        return 'abs called'
    def __round__(self, nd=None):
        return 'round %r' % (nd,)
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 5
    def __str__(self):
        return 'str N'
    def __repr__(self):
        return 'repr N'
    def __reversed__(self):
        return iter('zyx')
    def __hash__(self):
        return 12345
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
    def __pow__(self, e, mod=None):
        return ('pow', e, mod)
    def __contains__(self, x):
        return x == 'in'
    def __format__(self, spec):
        return 'format ' + spec
n = N(1)
print(len(n), abs(n), round(n), round(n, 2), int(n), float(n), str(n), repr(n))
print(list(reversed(n)), hash(n), divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 5), n ** 3)
print('in' in n, 'out' in n, format(n, '>5'), f'{n}', [n], bin(n), hex(n), [10, 20, 30, 40, 50, 60][n])
print(range(10)[n], 'abcdefg'[n:], operator_like := 'done')
class OnlyIndex:
    def __index__(self):
        return 2
print(int(OnlyIndex()), [1, 2, 3][OnlyIndex()], (1, 2, 3) * OnlyIndex() if False else 'x' * OnlyIndex())
class OnlyFloat:
    def __float__(self):
        return 1.25
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print('TypeError', e)
