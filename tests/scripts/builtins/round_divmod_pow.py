print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(4.5))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(-2.5), round(0.125, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(14, -1), round(12345, -10))
print(round(3), round(3.7), round(-3.7), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(1.23456789, 5), round(1e20, 2), round(123.456, None))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10 ** 20, 3), divmod(0, 5), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(2, 10, 1000), pow(3, 4, 5), pow(-2, 3, 7))
print(pow(7, -1, 13), pow(2, 100, 10 ** 9 + 7), pow(0, 0), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print('TypeError', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    round('1.5')
except TypeError as e:
    print('TypeError', e)
try:
    divmod(1, 'a')
except TypeError as e:
    print('TypeError', e)
