ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b' world')
print(ba)
ba[1:5] = b'EY'
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
print(ba, ba.find(b'w'), ba.count(b'o'))
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray('abc', 'ascii'))
print(bytearray(b'abc') == b'abc', bytes(bytearray(b'xy')), bytearray(b'a') + b'b')
x = bytearray(b'ab')
x += b'cd'
x *= 2
print(x, x.decode(), x.upper(), x.hex())
x.remove(ord('a'))
print(x)
x.clear()
print(x, len(x))
try:
    bytearray(b'a')[0] = 256
except ValueError as e:
    print('ValueError', e)
try:
    bytearray().pop()
except IndexError as e:
    print('IndexError', e)
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print('TypeError', e)
