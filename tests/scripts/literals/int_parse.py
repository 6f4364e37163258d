print(int('42'), int('-42'), int('+7'), int('  12 '), int('\t-3\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('Zz', 36), int('10', 36))
print(int('1_000_000'), int('0x_ff', 16))
print(int(3.99), int(-3.99), int(True), int(False))
print(int('0'), int('-0'), int('000'), int('00', 0))
print(int(), int('123456789012345678901234567890'))
print(int('  -0x10  ', 16))
print(float('1.5'), float(' -2.25 '), float('1e3'), float('1_000.5'))
print(float('inf'), float('-Infinity'), float('nan'), float('  +1E-2 '))
bad = ['x', '', ' ', '1.5', '1__0', '_1', '0x', '12a', '- 1']
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print('ValueError', e)
for s, b in [('8', 8), ('2', 2), ('g', 16), ('010', 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError', e)
for s in ['abc', '', '1.2.3', '1e']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError', e)
try:
    int('10', 37)
except ValueError as e:
    print('ValueError', e)
try:
    int(None)
except TypeError as e:
    print('TypeError', e)
try:
    int(10, 2)
except TypeError as e:
    print('TypeError', e)
