print(len('abc'), len([]), len((1, 2)), len({'a': 1}), len({1, 2, 3}), len(b'xy'), len(range(5)))
r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(10, 0, -3), range(0))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)))
print(list(range(10, -10, -4)), list(range(0, -5)), list(range(-5)), list(range(3, 3)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 10, -1)), len(range(-10, 10, 7)))
big = range(0, 10 ** 20, 3)
print(big[10 ** 18], big[-1], 10 ** 19 in big, 10 ** 19 + 1 in big, len(range(0, 10 ** 18, 3)))
try:
    len(big)
except OverflowError as e:
    print('OverflowError', e)
r2 = range(3, 30, 4)
print(r2[0], r2[-1], r2[2], r2[1:3], r2[::-1], r2[::2], r2[-2:], r2[100:])
print(7 in r2, 8 in r2, 3.0 in r2, 'x' in r2, r2.index(11), r2.count(11), r2.count(12))
print(r2.start, r2.stop, r2.step, range(5).step)
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 4, 2) == range(0, 3, 2), range(1) == [0])
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(5)), min(range(3, 9)))
print(bool(range(0)), bool(range(1)), list(range(-3, 3, 2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(5)[10]
except IndexError as e:
    print('IndexError', e)
try:
    r2.index(12)
except ValueError as e:
    print('ValueError', e)
try:
    range('a')
except TypeError as e:
    print('TypeError', e)
