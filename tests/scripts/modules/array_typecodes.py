from array import array
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    a.append(4)
    a.extend([5, 6])
    print(tc, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:3], sum(a), a.tolist(), repr(a))
    print(' ', len(a.buffer_info()), len(a.tobytes()) == a.itemsize * len(a))
print(array('d', [0.1, 0.5]), array('f', [0.1, 0.5]), array('f', [0.1]).tolist())
print(array('b', [-128, 127]), array('B', [0, 255]), array('h', [-32768, 32767]), array('H', [65535]))
print(array('q', [-(2 ** 63), 2 ** 63 - 1]), array('Q', [2 ** 64 - 1]), array('i', [-(2 ** 31)]), array('I', [2 ** 32 - 1]))
print(array('i'), array('d'), array('u', 'hi') if False else 'skip u')
