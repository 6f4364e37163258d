cases = [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (-5, 0.0), (10 ** 30, 0)]
for a, b in cases:
    for name, op in [('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
                     ('divmod', divmod)]:
        try:
            print(op(a, b))
        except ZeroDivisionError as e:
            print(repr(a), name, repr(b), '->', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print('augmented', e, x)
print(issubclass(ZeroDivisionError, ArithmeticError))
