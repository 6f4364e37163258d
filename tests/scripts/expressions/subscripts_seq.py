s = 'abcdefghij'
t = tuple(range(10))
b = b'0123456789'
r = range(0, 20, 2)
for seq in (s, t, b, r):
    print(seq[1], seq[-1], seq[2:6], seq[::-1], seq[::3], seq[7:1:-2], seq[-3:])
print(type(b[0]).__name__, type(b[0:1]).__name__, type(r[1:3]).__name__)
print(r[::-1], r[1:4], r[::2], len(r[::2]), r[-2])
print(s[100:], t[5:2], b[:0], s[-100:-8])
ba = bytearray(b'xyz')
print(ba[0], ba[::-1], ba[1:])
try:
    s[20]
except IndexError as e:
    print('IndexError', e)
try:
    t[20]
except IndexError as e:
    print('IndexError', e)
try:
    b[20]
except IndexError as e:
    print('IndexError', e)
try:
    r[20]
except IndexError as e:
    print('IndexError', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError', e)
try:
    t[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError', e)
