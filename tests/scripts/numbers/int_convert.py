# int() and str() conversions, bytes, rounding, methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['0', ' -12 ', '+5', '1_000', '0x_ff', '0o17', '0b101', '000', '0_0', '\u0661\u0662', '\u00a09\u2003']:
    t(lambda: int(s, 0))
for s, b in [('ff', 16), ('z', 36), ('0x1F', 16), ('777', 8), ('101', 2), ('12', 3)]:
    t(lambda: int(s, b))
for s in ['', '-', '1__0', '_1', '1_', '010', '0b', '12a', 'x' * 300, '+ 1']:
    t(lambda: int(s, 0))
t(lambda: int('12', 1))
t(lambda: int(12, 10))
t(lambda: int(None))
t(lambda: int(b' 42 '))
t(lambda: int(bytearray(b'x')))
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e30))
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
t(lambda: int('10', base=16))
t(lambda: int(base=10))
t(lambda: int(x=5))
t(lambda: int(1, 2, 3))
t(lambda: int('1' * 5000))
t(lambda: str(10**5000))
print(len(str(10**4299)), len(str(-10**4299)))

class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 3
class B:
    def __int__(self):
        return 'no'
t(lambda: int(I()))
t(lambda: int(X()))
t(lambda: int(B()))

for v in [0, 1, 255, -1, -128, 2**64, -2**100]:
    t(lambda: v.to_bytes(20, 'big', signed=True))
    t(lambda: v.to_bytes(20, 'little', signed=True))
    t(lambda: int.from_bytes(v.to_bytes(20, 'little', signed=True), 'little', signed=True))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(2, 'big'))
t(lambda: (5).to_bytes(2, 'middle'))
t(lambda: (5).to_bytes(-1))
t(lambda: (5).to_bytes())
t(lambda: int.from_bytes(b'\xff\xfe', 'big'))
t(lambda: int.from_bytes([1, 2, 3], 'little'))
t(lambda: int.from_bytes(b'\x80', 'big', signed=True))
for n in [1250, 1350, -1250, 15, 25, 123456789, 5]:
    print(round(n, -1), round(n, -2), round(n, -3), round(n, 2), round(n))
print((5).bit_count(), (-255).bit_count(), (2**100).bit_count(), (10).as_integer_ratio(), True.as_integer_ratio())
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate(), True.real)
print((7).__float__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__(), (7).__round__())
t(lambda: (7).__round__(None))
class MyInt(int):
    pass
m = MyInt('17')
print(m, m + 1, type(m + 1).__name__, m * 2, repr(m), m == 17, hash(m) == hash(17), int(m), type(int(m)).__name__)
print(bool(0), bool(-3), bool(10**50), bool(), bool([]))
t(lambda: bool(1, 2))
