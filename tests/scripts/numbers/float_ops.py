# float repr, parsing, arithmetic and rounding, as CPython prints them.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), -float('inf'), float('nan'), 100.0, 0.3 + 0.6]:
    print(repr(x), str(x), hash(x) if x == x else 'nan')
for s in ['1.5', ' -2.5e3 ', '1_000.000_1', '.5', '5.', 'inf', '-Infinity', 'nan', '1e400', '-1e400', '1e-400',
          '0x10', '1__0', '1_', '_1', '.', 'e5', '1e', '\u0661.\u0665', 'x' * 300]:
    t(lambda: float(s))
t(lambda: float(None))
t(lambda: float(b'2.5'))
t(lambda: float(10**400))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e16, -3.5), (0.0, 3), (-0.0, 3), (5, 0.1), (1e150, 1e-308)]:
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2)
for a, b in [(2.0, 0.5), (-8.0, 3), (0.0, 0), (float('inf'), -1), (-float('inf'), 3), (-0.0, 3), (1.0, float('nan')),
             (-1.0, float('inf')), (10.0, -400), (4, 0.5), (2, -2)]:
    t(lambda: a ** b)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: divmod(1.0, 0))
t(lambda: 0.0 ** -1)
t(lambda: 2.0 ** 10000)
for x in [0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 1250.0, 1e22, -0.4, 123.456]:
    print(round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(1.5, 1.0))
for x in [1.5, -0.0, 0.1, 5e-324, 1e308, 3.0]:
    print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer())
for s in ['0x1.8p1', ' -0X1.FFFFFFFFFFFFFp1023 ', '0x1p-1075', '0x3p-1076', '1.', '.8', 'inf', '0x1.00000000000018p0']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex('0x1p1024'))
t(lambda: float.fromhex('x'))
t(lambda: float('inf').as_integer_ratio())
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.5).real, (2.5).imag)
print(1.5 < 10**400, 1e400 > 10**400, float('nan') == float('nan'), 3 == 3.0, hash(2.0**70) == hash(2**70))
class F(float):
    pass
f = F('2.5')
print(f, f + 1, type(f + 1).__name__, repr(f), f == 2.5, float(f), type(float(f)).__name__)
