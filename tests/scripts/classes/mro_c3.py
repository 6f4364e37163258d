class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print('TypeError', e)
class Good(Y, X): pass
print([c.__name__ for c in Good.mro()])
class Top:
    def who(self): return 'Top'
class L(Top):
    def who(self): return 'L'
class R(Top):
    def who(self): return 'R'
class Bottom(L, R): pass
class Bottom2(R, L): pass
print(Bottom().who(), Bottom2().who())
try:
    class Dup(A, A): pass
except TypeError as e:
    print('TypeError', e)
