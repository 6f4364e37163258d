a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(isinstance(id(a), int), id(a) == id(a))
def same(x):
    return x
print(id(same(a)) == id(a))
t = (a, a)
print(id(t[0]) == id(t[1]))
class O: pass
o = O()
lst = [o]
print(id(lst[0]) == id(o), id(None) == id(None), id(True) == id(1 == 1))
d = {}
d['k'] = a
print(id(d['k']) == id(a), id(a[:]) == id(a) if False else 'copy differs', a[:] is a)
x = y = 'interned?'
print(id(x) == id(y))
