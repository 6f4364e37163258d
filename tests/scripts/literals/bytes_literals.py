b = b'hello\x00\xff\n'
print(b, len(b), b[0], b[-2], b[1:4], type(b[0]).__name__)
print(list(b'abc'), bytes([65, 66, 67]), bytes(3), bytes('é', 'utf-8'))
print(b'a' + b'b', b'ab' * 3, b'b' in b'abc', 98 in b'abc', b'' in b'x')
print(repr(b"it's"), repr(b'"'), repr(b'\'"'), b'\t\r\\')
print(rb'\n', br'\x41', b'\x41\102')
print(b'abc' == b'abc', b'abc' < b'abd', b'a' == 'a', b'abc'[::-1])
print(bytes(range(250, 256)), bytes.fromhex('de ad BE EF'))
print(b'hello'.hex(), b'hi'.hex(':'), b'ABC'.lower(), b'abc'.upper())
print(hash(b'') == hash(''), len(bytes(10)))
print(b'x=%d y=%s' % (5, b'q'), b'%x' % 255)
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytes(b'mv'))
for x in b'AZ':
    print(x, end=' ')
print()
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError', e)
