print(bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(''), bool(' '), bool(None))
print(int(True), int('  42  '), int(42.99), int(-42.99), int('-0'), int(1e15))
print(float(True), float('1e-3'), float(' 42 '), float('-inf'), float(5))
print(str(3.0), str(3), str(-0.5), str(1e21), str(1e-7), str(123456789012.0))
print(int(float('1e10')), float(int('9' * 20)), int(2 ** 53 + 1.0))
print(bool([0]), bool((None,)), bool({None}), bool({'': ''}))
print(int(' 0b101 ', 0), int('0o17', 0), int('0XaF', 0), int('1_0', 0))
try:
    int('010', 0)
except ValueError as e:
    print('ValueError', e)
print(float('  1_0.5  '), float('.5'), float('5.'), float('-.5e-2'))
