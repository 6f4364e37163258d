# Round trips of the built-in types: value, type and (for singletons) identity.
import pickle

values = [
    None, True, False, 0, 1, -1, 255, 2**31, -2**31, 2**47 - 1, -2**47, 2**47, 2**63 - 1, -2**63,
    2**64, 10**30, -10**30, 3**200,
    0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, float('inf'), float('-inf'),
    '', 'a', 'hello world', 'héllo', '日本語', '\U0001f600 emoji', 'nul\x00inside', 'x' * 1000,
    b'', b'abc', bytes(range(256)), bytearray(), bytearray(b'\x00\xff'),
    [], [1, 'two', 3.0], (), (1,), (1, 2, (3, 4)), {}, {'a': 1, 'b': [2, 3]}, {1: 'x', (2, 3): None},
    set(), {1, 2, 3}, frozenset(), frozenset({'a', 'b'}),
    range(10), range(-5, 5, 2), range(0), range(2**70, 2**71, 3),
    slice(3), slice(1, 10, 2), slice(None, None, -1), slice('a', [1], None),
    Ellipsis, NotImplemented,
]

for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(v, protocol=proto))
        if type(r) is not type(v) or (r != v and r is not v):
            print('MISMATCH', proto, repr(v), repr(r))
    r = pickle.loads(pickle.dumps(v))
    shown = sorted(r) if isinstance(r, (set, frozenset)) else r
    print(type(r).__name__, repr(shown)[:60])

for single in (None, True, False, Ellipsis, NotImplemented):
    print(repr(single), pickle.loads(pickle.dumps(single)) is single)

nan = pickle.loads(pickle.dumps(float('nan')))
print('nan', nan != nan, type(nan).__name__)
print('neg zero sign', str(pickle.loads(pickle.dumps(-0.0))))

# Mutable results are new objects.
src = [1, 2]
out = pickle.loads(pickle.dumps(src))
print(out == src, out is src)
ba = pickle.loads(pickle.dumps(bytearray(b'xy')))
ba.append(0x7a)
print(ba)

# Dict order and set contents survive.
d = {k: k * 2 for k in 'zyxabc'}
print(list(pickle.loads(pickle.dumps(d)).items()))
print(sorted(pickle.loads(pickle.dumps(set(range(50))))) == list(range(50)))

# A large list and a large dict.
big = list(range(5000)) + [str(i) for i in range(3000)]
print(pickle.loads(pickle.dumps(big)) == big)
bigd = {str(i): i for i in range(5000)}
print(pickle.loads(pickle.dumps(bigd)) == bigd)
bigs = set(range(4000))
print(pickle.loads(pickle.dumps(bigs)) == bigs)
print(pickle.loads(pickle.dumps(frozenset(range(3000)))) == frozenset(range(3000)))

print(type(pickle.dumps(1)).__name__)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
