# Ints of every size and floats bit for bit.
import math
import pickle

ints = [0, 1, -1, 63, 64, -64, -65, 127, 128, 2**15, 2**16 - 1, 2**32, 2**47 - 1, 2**47, -2**47, -2**47 - 1,
        2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**100, -(2**100), 7**500, -(7**500)]
for i in ints:
    r = pickle.loads(pickle.dumps(i))
    print(r == i, type(r) is int, i.bit_length())

for n in range(0, 300, 7):
    for sign in (1, -1):
        v = sign * (2**n + 12345)
        assert pickle.loads(pickle.dumps(v)) == v, v
print('powers ok')

floats = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 1e-310, -5e-324, 1.7976931348623157e308, float('inf'), float('-inf'),
          math.pi, 2.0**53 + 1, 123456789.123456789]
for f in floats:
    r = pickle.loads(pickle.dumps(f))
    print(repr(r), r.hex() == f.hex())

nan = pickle.loads(pickle.dumps(float('nan')))
print(math.isnan(nan))

# Containers of numbers keep exact values.
data = {'ints': ints, 'floats': floats[:-3], 'mixed': (1, 2.5, -3, 10**20)}
print(pickle.loads(pickle.dumps(data)) == data)

# bool stays bool, int stays int.
r = pickle.loads(pickle.dumps([True, 1, False, 0]))
print([type(x).__name__ for x in r])
