print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 << 2, -5 >> 1)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1)
print(1 + 2 & 3, 1 & 2 == 0, (1 & 2) == 0, 6 & 3 | 8)
print(~0 & 0xFF, ~(-256), -1 & 0xFFFFFFFF, (1 << 64) - 1 & -(1 << 32))
print({1, 2, 3} & {2, 3, 4}, sorted({1, 2} | {5}), sorted({1, 2, 3} ^ {3, 4}), {1, 2} - {2})
print(True & 1, True | 2, False ^ True)
m = 0
for bit in (0, 3, 5):
    m |= 1 << bit
print(m, bin(m), [(m >> i) & 1 for i in range(7)])
m &= ~(1 << 3)
print(m, bin(m))
print(0b1010 ^ 0b0110, format(0b1010 ^ 0b0110, '04b'))
