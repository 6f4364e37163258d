class A:
    def m(self, x):
        return (type(self).__name__, x)
a = A()
bm = a.m
print(bm(1), A.m(a, 2), bm.__self__ is a, bm.__func__ is A.m)
print(bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m == A().m)
f = A.m
print(f(a, 3), type(f).__name__, type(bm).__name__)
a.m = lambda x: ('instance attr', x)
print(a.m(4), A.m(a, 5))
del a.m
print(a.m(6))
def free(self, y):
    return 'free ' + str(y)
A.free = free
print(a.free(7))
lst = []
push = lst.append
push(1); push(2)
print(lst, push.__self__ is lst)
s_upper = 'abc'.upper
print(s_upper(), str.upper('xyz'))
class B(A):
    pass
print(B().m(8))
