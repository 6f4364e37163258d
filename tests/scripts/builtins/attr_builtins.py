class C:
    a = 1
    def __init__(self):
        self.b = 2
o = C()
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'dflt'), getattr(C, 'a'))
setattr(o, 'c', 3)
setattr(o, 'with space', 'weird')
print(o.c, getattr(o, 'with space'), sorted(vars(o)))
print(hasattr(o, 'a'), hasattr(o, 'zz'), hasattr(C, 'b'), hasattr('s', 'upper'))
delattr(o, 'c')
print(hasattr(o, 'c'))
try:
    getattr(o, 'zz')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(o, 'zz')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError', e)
print(getattr([], 'append').__name__, getattr(1, 'real'), getattr('x', 'nope', None))
class Prop:
    @property
    def p(self):
        raise AttributeError('inner missing')
print(hasattr(Prop(), 'p'), getattr(Prop(), 'p', 'fallback'))
class Raises:
    @property
    def p(self):
        raise ValueError('not attr error')
try:
    hasattr(Raises(), 'p')
except ValueError as e:
    print('ValueError propagates', e)
