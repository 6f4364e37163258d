print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(int('12'), int(12.9), int(-0.5), float('2.5'), float(3), str(12), str([1, 'a']), str(b'x'))
print(bool(1), bool('x'), bool([]), bool(0.0))
print(list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)), list(b'AB'))
print(tuple([1, 2]), tuple('ab'), tuple({'k': 0}), tuple(x for x in range(3)))
print(dict(a=1), dict([('x', 1), ['y', 2]]), dict({'m': 1}, n=2), dict(zip('ab', [1, 2])))
print(sorted(set('hello')), sorted(set([3, 1, 3])), sorted(frozenset('aab')))
print(bytes('hi', 'utf-8'), bytes([104, 105]), bytes(2), bytearray('hi', 'ascii'), bytearray(b'x'))
print(str(1.0), str(-0.0), str(True), str(None), str(()), str(''), repr(''), str("'"))
print(list(list('ab')), dict(dict(a=1)), tuple(tuple([1])))
a = [1, 2]
b = list(a)
print(b == a, b is a, tuple(a) == (1, 2))
print(type(int('5')).__name__, type(str(5)).__name__, float('-0'), int('-0'))
print(str(b'abc', 'ascii'), str(bytearray(b'xy'), 'utf-8'))
print(frozenset([1, 2]) == {1, 2}, set() == frozenset(), type(frozenset()).__name__)
try:
    dict(1)
except TypeError as e:
    print('TypeError', e)
try:
    list(None)
except TypeError as e:
    print('TypeError', e)
try:
    float([])
except TypeError as e:
    print('TypeError', e)
try:
    int([])
except TypeError as e:
    print('TypeError', e)
