tests = [
    lambda: [1, 2, 3][10 ** 20],
    lambda: 'abc' * (10 ** 20),
    lambda: [0] * -5,
    lambda: range(10 ** 30)[10 ** 29],
    lambda: len(range(10 ** 30)),
    lambda: chr(10 ** 10),
    lambda: (1).to_bytes(10 ** 20, 'big'),
    lambda: 'x'.center(-5),
    lambda: [].insert(10 ** 30, 1),
    lambda: 1 << (10 ** 20),
    lambda: 2 ** (10 ** 20) if False else pow(2, -(10 ** 20)),
    lambda: float('1e400'),
    lambda: int(float('1e400')),
    lambda: [1, 2][float(1)],
    lambda: {}.fromkeys(5),
    lambda: sorted([1, 2], key=5),
    lambda: list(map(None, [1])),
    lambda: 'abc'.join(5),
    lambda: bytes(-1),
    lambda: bytearray(-1),
    lambda: [None][::-1][5],
    lambda: round(1.5, 10 ** 20),
]
for t in tests:
    try:
        r = t()
        print('ok', repr(r)[:40])
    except Exception as e:
        print(type(e).__name__, e)
print('alive')
