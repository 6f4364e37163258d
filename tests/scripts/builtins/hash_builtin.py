print(hash(1), hash(0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash(0.1))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(float(2 ** 61)))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, -2)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(1) == hash(1.0) == hash(True))
print(hash(frozenset()) , hash(None) == hash(None), hash(range(3)) == hash(range(3)))
print(hash(frozenset([1, 2, 3])), hash((True, 2.0)))
for bad in ([], {}, set(), bytearray(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
