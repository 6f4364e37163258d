print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', 'c'))
print(max([1, 5, 3], key=lambda x: -x), min(['aa', 'b', 'ccc'], key=len), max(['aa', 'bb'], key=len))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), max([True, 2, 0.5]))
print(max((1, 'b'), (1, 'a')), min([[2], [1, 9]]), max({'a': 1, 'z': 0}))
print(max(range(10), key=lambda v: v % 4), min('zebra', key=ord))
print(max([3, 3, 1], key=lambda x: 0), min([(1, 'first'), (1, 'second')], key=lambda t: t[0]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: max([], key=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print('TypeError', e)
