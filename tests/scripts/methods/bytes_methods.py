b = b'Hello World'
print(b.decode(), b.decode('ascii'), b'\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'))
print(b'\xff\xfe'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(b.hex(), b'\x00\xff'.hex(), bytes.fromhex('48656c6c6f'), bytes.fromhex(''), b'ab'.hex('-'))
print(b.split(), b.split(b'o'), b'a,b,,c'.split(b','), b'a b c'.split(None, 1), b.rsplit(b' ', 1))
print(b' '.join([b'a', b'b']), b''.join([b'x', bytearray(b'y')]), b'-'.join(()))
print(b.find(b'o'), b.find(b'zz'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111))
print(b.startswith(b'He'), b.endswith((b'x', b'ld')), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'  x '.strip(), b'xxaxx'.strip(b'x'))
print(b'abc'.isalpha(), b'123'.isdigit(), b' '.isspace(), b'Ab'.isupper(), b'a1'.isalnum())
print(b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'7'.zfill(3))
print(b'k=v'.partition(b'='), b'a.b.c'.rpartition(b'.'), b'l1\nl2\r\n'.splitlines())
print(list(b'abc'), b'abc'[1], b'abc'[1:], b'abc'[::-1], b'ab' * 2, b'a' + b'b', b'b' in b'abc')
print(bytes(5), bytes([1, 2]), bytes(b'copy'), b'%s-%d' % (b'x', 3))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError', e)
try:
    b'a'.join(['b'])
except TypeError as e:
    print('TypeError', e)
