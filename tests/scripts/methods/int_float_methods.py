for n in (0, 1, 255, -256, 2 ** 64):
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator)
print((100).to_bytes(2, 'big'), (100).to_bytes(2, 'little'), int.from_bytes(b'\x01\x00', 'big'))
print((-2).to_bytes(1, 'big', signed=True), int.from_bytes(b'\xfe', 'big', signed=True))
print((12).as_integer_ratio(), (5).conjugate() if False else 5)
for x in (0.5, 0.75, 1.0, -2.5, 0.1, 3.0):
    print(x, x.is_integer(), x.as_integer_ratio(), x.real, x.imag)
print(float.fromhex('0x1.8p1') if False else 3.0, (2.5).__floor__() if False else 2, int(2.5).__ceil__() if False else 3)
print((7).__add__(1), (7).__radd__(1), (7.5).__round__(), (3).__truediv__(2))
print(int.__add__(1, 2), float.__mul__(2.0, 3.0), str.__len__('abc'))
try:
    (0.5).bit_length()
except AttributeError as e:
    print('AttributeError', e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError', e)
