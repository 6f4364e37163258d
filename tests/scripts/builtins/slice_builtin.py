s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, None))
print(list(range(20))[s], 'abcdefghijk'[s], (0, 1, 2, 3)[slice(2)])
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
a = list(range(8))
a[slice(0, 4)] = ['x']
print(a)
del a[slice(None, None, 2)]
print(a)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print('ValueError', e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError', e)
