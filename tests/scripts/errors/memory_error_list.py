try:
    x = [0] * 10 ** 12
    print('allocated?!', len(x))
except MemoryError as e:
    print(type(e).__name__)
try:
    y = [None, None] * (10 ** 13)
except MemoryError as e:
    print(type(e).__name__)
try:
    z = 'x' * (10 ** 12)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    w = b'ab' * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    v = [0] * (2 ** 63)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    v = 'ab' * (2 ** 63)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
print('still running', len([0] * 1000))
