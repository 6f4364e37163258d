print((1024).to_bytes(2, 'big'))
print((1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True))
print((-129).to_bytes(2, 'little', signed=True))
print((2 ** 64 - 1).to_bytes(8, 'big'))
print((0).to_bytes(3, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'))
print(int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big', signed=False))
print(int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes(b'', 'big'))
print(int.from_bytes(bytes(range(1, 17)), 'big'))
print(int.from_bytes([1, 2, 3], 'big'))
n = 123456789123456789
print(int.from_bytes(n.to_bytes(16, 'little'), 'little') == n)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print('OverflowError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
