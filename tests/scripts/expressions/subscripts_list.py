a = list(range(10))
print(a[0], a[-1], a[3], a[-3])
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[:])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2], a[2:8:-1])
print(a[-1:-4:-1], a[5:100], a[100:], a[-100:2], a[3:3], a[5:2])
print(a[::3], a[::-3], a[9::-4], a[:0:-1], a[-2::-3])
print(a[slice(2, 6)], a[slice(None, None, -3)], a[slice(5)])
s = slice(1, 8, 2)
print(s.start, s.stop, s.step, s, s.indices(5), slice(None).indices(4))
print(slice(-1, None, -1).indices(6), slice(10, -10, -2).indices(7))
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][::-1], m[0][1:])
try:
    a[10]
except IndexError as e:
    print('IndexError', e)
try:
    a[-11]
except IndexError as e:
    print('IndexError', e)
try:
    a['x']
except TypeError as e:
    print('TypeError', e)
try:
    a[::0]
except ValueError as e:
    print('ValueError', e)
try:
    a[1.0]
except TypeError as e:
    print('TypeError', e)
print(a[True], a[False:True])
