for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b)
print(~0, ~5, ~-1, ~-6, ~(2 ** 70))
print(1 << 0, 1 << 10, 1 << 100, -1 << 65)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1, 5 >> 10)
print((2 ** 100) >> 90, (-(2 ** 100)) >> 99)
print(-(2 ** 70) & 0xFFFF, (2 ** 70 - 1) ^ (2 ** 69))
print(-(2 ** 70) | 1, -(2 ** 70) ^ -1)
for n in (0, 1, 2, 3, 255, 256, -1, -255, -256, 2 ** 64, -(2 ** 64)):
    print(n, n.bit_length())
print(bin(-10), hex(-255), oct(-8))
print(bin(2 ** 65 + 1))
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True + True).__name__)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError', e)
try:
    print(1 >> -1)
except ValueError as e:
    print('ValueError', e)
try:
    print(1.0 & 1)
except TypeError as e:
    print('TypeError', e)
