vals = [1, -1, 1.5, 'str', "it's", 'say "x"', 'both \'" ', b'by', bytearray(b'ba'), None, True,
        [1, 'a'], (1,), (), {'k': [1]}, set(), {1}, frozenset(), frozenset({2}), range(3),
        range(1, 10, 2), ..., NotImplemented, '\n\t\\', 'é', '\x00', 10 ** 25, 1e-30, float('nan'),
        slice(1, 2), slice(None, 5, -1), type, int, object, len, [[]], {'a': {'b': ()}}]
for v in vals:
    print(repr(v))
print(repr(repr('x')), str(repr('x')))
