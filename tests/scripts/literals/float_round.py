for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994):
    print(x, round(x), type(round(x)).__name__)
for x, n in [(3.14159, 2), (2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2),
             (1234.5678, -2), (1250.0, -2), (1350.0, -2), (-1.5, 0), (2.5, 0),
             (1e-10, 5), (123.456, 1), (5.0, 3)]:
    r = round(x, n)
    print(x, n, r, type(r).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7, 2), type(round(7, 2)).__name__, round(7))
for x in (1.0, 1.5, -3.0, 0.0, 1e20, 2.0 ** 60 + 0.5):
    print(x, x.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print(round(float('inf')) if False else 'skip')
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
print(round(float('inf'), 2), round(float('nan'), 2))
