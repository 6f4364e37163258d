class Single:
    _inst = None
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, type(Pos(-1)).__name__)
class NotMine:
    def __new__(cls):
        return 'a string'
    def __init__(self):
        print('never called')
print(NotMine())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError', e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print('TypeError', e)
