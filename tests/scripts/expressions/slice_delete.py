a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
b = list(range(10))
del b[5:]
print(b)
del b[:]
print(b)
c = list(range(10))
del c[1:8:3]
print(c)
del c[100:]
print(c)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    del c[50]
except IndexError as e:
    print('IndexError', e)
ba = bytearray(range(10))
del ba[::3]
print(ba)
e = [1, 2, 3]
del e[0], e[0]
print(e)
