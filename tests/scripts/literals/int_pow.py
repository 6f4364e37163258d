print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** 4, -2 ** 4)
print(7 ** 77)
print(3 ** 200 % 1000)
print(10 ** 20 == 100000000000000000000)
print(2 ** 0.5)
print(4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, (-1) ** 101)
print(2.0 ** 10, 2 ** 10.0)
print(0.5 ** 2, 1.5 ** -2)
print(pow(2, 100), pow(2, 100, 1000))
print(pow(3, -1, 7))
print(pow(-3, 3, 5))
print(2 ** 3 ** 2)
print((2 ** 3) ** 2)
print(0 ** 5, 0.0 ** 0)
x = 5
x **= 3
print(x)
print(len(str(9 ** 999)))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
