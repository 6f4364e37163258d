# array.array: typecode and raw items.
import array
import pickle

for code, items in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]),
                    ('i', [-2**31, 2**31 - 1]), ('I', [2**32 - 1]), ('l', [-2**63, 2**63 - 1]),
                    ('L', [2**64 - 1]), ('q', [-2**63]), ('Q', [2**64 - 1]), ('f', [1.5, -0.25]),
                    ('d', [3.141592653589793, float('inf')]), ('u', 'héllo')]:
    a = array.array(code, items)
    for proto in (0, 2, 5):
        r = pickle.loads(pickle.dumps(a, protocol=proto))
        assert r == a and r.typecode == code, (code, proto)
    print(code, r, type(r).__name__, r.itemsize == a.itemsize)

empty = pickle.loads(pickle.dumps(array.array('d')))
print(empty, len(empty))

big = array.array('i', range(100000))
r = pickle.loads(pickle.dumps(big))
print(len(r), r[0], r[-1], r == big)

# Shared arrays stay shared; the copy is independent.
a = array.array('i', [1, 2, 3])
r = pickle.loads(pickle.dumps([a, a]))
print(r[0] is r[1])
r[0].append(4)
print(a, r[0])

# Array subclasses use array's own reduce.
class Samples(array.array):
    pass

s = Samples('d', [0.5, 1.5])
s.rate = 44100
r = pickle.loads(pickle.dumps(s))
print(type(r).__name__, list(r), r.rate)
