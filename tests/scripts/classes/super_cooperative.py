class Base:
    def __init__(self, **kw):
        print('Base init', sorted(kw))
        super().__init__()
    def hello(self):
        return ['Base']
class A(Base):
    def __init__(self, a=None, **kw):
        print('A init', a)
        super().__init__(**kw)
    def hello(self):
        return ['A'] + super().hello()
class B(Base):
    def __init__(self, b=None, **kw):
        print('B init', b)
        super().__init__(**kw)
    def hello(self):
        return ['B'] + super().hello()
class C(A, B):
    def __init__(self, **kw):
        print('C init')
        super().__init__(**kw)
    def hello(self):
        return ['C'] + super().hello()
c = C(a=1, b=2, extra=3)
print(c.hello())
print([k.__name__ for k in C.__mro__])
print(super(A, c).hello(), super(C, c).hello())
class Mixin:
    def describe(self):
        return 'Mixin+' + super().describe()
class Core:
    def describe(self):
        return 'Core'
class Both(Mixin, Core):
    pass
print(Both().describe())
