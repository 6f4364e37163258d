ba = bytearray(b'hello world')
print(ba.upper(), ba.split(), ba.find(b'world'), ba.count(b'o'), ba.startswith(b'he'))
ba.extend([33, 33])
ba.append(63)
print(ba, len(ba))
ba[0:5] = b'HOWDY'
print(ba, ba.decode())
ba.reverse()
print(ba)
ba.reverse()
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord(' '))
print(ba, ba.index(b'w'))
ba.insert(0, ord('>'))
print(ba, ba.hex(), bytes(ba[:3]))
c = ba.copy()
c.clear()
print(c, ba.replace(b'!', b'?'), ba.strip(b'>!'))
print(bytearray.fromhex('41 42'), bytearray(b'a') * 3, bytearray(b'x') + bytearray(b'y'))
print(bytearray(b'abc') < bytearray(b'abd'), bytearray(b'ab') == b'ab', b'ab' in bytearray(b'xaby'))
try:
    ba.remove(255)
except ValueError as e:
    print('ValueError', e)
try:
    ba.append(-1)
except ValueError as e:
    print('ValueError', e)
