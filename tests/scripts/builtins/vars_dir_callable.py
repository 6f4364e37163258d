class Base:
    x = 1
    def m(self):
        pass
class Sub(Base):
    y = 2
    def __init__(self):
        self.z = 3
s = Sub()
print(vars(s), sorted(k for k in vars(Sub) if not k.startswith('__')))
print([n for n in dir(s) if not n.startswith('_')])
print([n for n in dir(Sub) if not n.startswith('_')])
print('append' in dir([]), 'upper' in dir(''), '__len__' in dir([]), 'keys' in dir({}))
print([n for n in ['bit_length', 'to_bytes', 'real', 'imag'] if n not in dir(1)])
print(callable(s), callable(Sub), callable(s.m), callable(print), callable(None), callable('s'))
class CallMe:
    def __call__(self):
        return 1
print(callable(CallMe()), callable(lambda: 0), callable(type), callable(3))
def f():
    local_a = 1
    local_b = 2
    return sorted(vars().keys() if False else locals().keys())
print(f())
import math
print('sqrt' in dir(math), 'pi' in vars(math))
