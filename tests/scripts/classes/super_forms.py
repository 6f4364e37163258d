class P:
    def m(self):
        return 'P.m'
    @classmethod
    def cm(cls):
        return 'P.cm ' + cls.__name__
    @staticmethod
    def sm():
        return 'P.sm'
class Q(P):
    def m(self):
        return 'Q.m>' + super().m()
    @classmethod
    def cm(cls):
        return 'Q.cm>' + super().cm()
    def explicit(self):
        return super(Q, self).m()
    def via_class(self):
        return P.m(self)
    def call_sm(self):
        return super().sm()
    def inner_lambda(self):
        f = lambda: super(Q, self).m()
        return f()
q = Q()
print(q.m(), Q.cm(), q.cm(), q.explicit(), q.via_class(), q.call_sm(), q.inner_lambda())
class R(Q):
    pass
print(R().m(), R.cm())
class S:
    def __init__(self):
        self.v = 's'
class T(S):
    def __init__(self):
        super().__init__()
        self.w = 't'
t = T()
print(t.v, t.w, vars(t))
class U(list):
    def append(self, x):
        super().append(x * 2)
u = U()
u.append(5)
print(u, len(u))
