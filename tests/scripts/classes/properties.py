class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print('get radius')
        return self._r
    @radius.setter
    def radius(self, v):
        print('set radius', v)
        if v < 0:
            raise ValueError('negative radius')
        self._r = v
    @radius.deleter
    def radius(self):
        print('del radius')
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError', e)
try:
    c.area = 5
except AttributeError as e:
    print('AttributeError', e)
del c.radius
print(hasattr(c, '_r'))
try:
    c.radius
except AttributeError as e:
    print('AttributeError', e)
print(type(Circle.radius).__name__, Circle.area.fget is not None, Circle.area.fset)
class Old:
    def getx(self):
        return self._x * 2
    def setx(self, v):
        self._x = v
    x = property(getx, setx, None, 'doc of x')
o = Old()
o.x = 21
print(o.x, Old.x.__doc__)
class Ro:
    @property
    def val(self):
        return 1
try:
    del Ro().val
except AttributeError as e:
    print('AttributeError', e)
