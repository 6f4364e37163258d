class Temp:
    unit = 'C'
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.count += 1
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    @classmethod
    def describe(cls):
        return cls.__name__ + ' in ' + cls.unit
class Kelvin(Temp):
    unit = 'K'
t = Temp.from_f(212)
k = Kelvin.from_f(32)
print(t.deg, type(t).__name__, k.deg, type(k).__name__)
print(Temp.valid(-300), t.valid(0), Kelvin.valid(10))
print(Temp.describe(), Kelvin.describe(), k.describe())
print(Temp.count, Kelvin.count)
sm = Temp.__dict__['valid']
cm = Temp.__dict__['from_f']
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5), Temp.valid is Temp.__dict__['valid'].__func__)
f = staticmethod(lambda: 'static via call')
class Holder:
    g = f
    h = classmethod(lambda cls: cls.__name__)
print(Holder.g(), Holder().g(), Holder.h(), Holder().h())
