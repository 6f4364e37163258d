a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
a[1:3] = []
print(a)
a[::2] = 'XYZWV'
print(a)
a[:] = [1, 2, 3]
print(a)
a[1:1] = range(3)
print(a)
a[::-1] = [10, 20, 30, 40, 50, 60]
print(a)
b = [0] * 6
b[5:1:-2] = ['p', 'q']
print(b)
b[-2:] = 'hi'
print(b)
c = [1, 2, 3]
c[10:20] = [4]
print(c)
c[-10:1] = [0]
print(c)
d = list('abcdef')
d[1:4] = d
print(d)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    b[1:3] = 5
except TypeError as e:
    print('TypeError', e)
ba = bytearray(b'hello')
ba[1:3] = b'EYYY'
print(ba)
ba[::2] = b'____'
print(ba)
