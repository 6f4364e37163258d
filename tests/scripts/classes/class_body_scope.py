class Config:
    a = 1
    b = a + 1
    items = [a, b]
    def get(self):
        return self.a + self.b
    name = 'cfg'
    upper_name = name.upper()
    for i in range(3):
        b += i
    del i
print(Config.a, Config.b, Config.items, Config().get(), Config.upper_name, hasattr(Config, 'i'))
def make(n):
    class Local:
        val = n
        def get(self):
            return self.val * 2
    return Local
L5 = make(5)
L7 = make(7)
print(L5().get(), L7().get(), L5 is L7, L5.__name__, L5.__qualname__)
class Outer:
    class Inner:
        v = 'inner'
    ref = Inner.v
print(Outer.ref, Outer.Inner.v, Outer.Inner.__qualname__)
class WithType:
    pass
Dyn = type('Dyn', (WithType,), {'k': 3, 'm': lambda self: self.k * 2})
print(Dyn.__name__, Dyn().m(), isinstance(Dyn(), WithType), [c.__name__ for c in Dyn.__mro__])
