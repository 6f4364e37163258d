print(1 + 2.0, 3 * 0.5, 7 - 2.5, 10 / 4, 10 // 4.0, 10 % 4.0)
print(type(1 + 2.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 > float('inf') - 1)
print(10 ** 400 < float('inf'), 1 < float('nan'))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(True + 0.5, False * 2.5)
print(3 / 2, -3 / 2, 1 / 7)
print(2 ** 1000 / 2 ** 999)
print((10 ** 30) / 3)
print(7 // 2.0, -7 // 2.0, 7.0 % -3)
print(float(7), float(-0), float('  3 '))
print(int(7.9), int(-7.9), round(7.9))
print(sum([0.1] * 10), sum([1, 2.5, 3]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
x = 5
x /= 2
print(x)
x = 5
x //= 2.0
print(x)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print('OverflowError', e)
print((10 ** 400) // 10 ** 398, 10 ** 400 / 10 ** 398)
