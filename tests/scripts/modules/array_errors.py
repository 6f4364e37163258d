from array import array
tests = [lambda: array('b', [200]), lambda: array('b', [-129]), lambda: array('B', [-1]), lambda: array('B', [256]),
         lambda: array('h', [40000]), lambda: array('H', [-1]), lambda: array('i', [2 ** 31]),
         lambda: array('I', [-1]), lambda: array('q', [2 ** 63]), lambda: array('Q', [-1]),
         lambda: array('i', [1.5]), lambda: array('d', ['x']), lambda: array('z', [1]),
         lambda: array('i', [1]).append('s'), lambda: array('i', [1])[5], lambda: array('i', []).pop(),
         lambda: array('i', [1]).remove(2), lambda: array('i', [1]) + array('d', [1.0]),
         lambda: array('i', [1]).frombytes(b'abc')]
for t in tests:
    try:
        print(t())
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
a = array('b', [1])
try:
    a.append(128)
except OverflowError as e:
    print('OverflowError', e, a)
