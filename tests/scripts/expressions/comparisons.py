print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 5 > 3 < 4, 2 <= 2 >= 2, 1 < 2 < 3 < 4 < 5 < 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(5))
print(calls)
calls.clear()
print(v(3) < v(2) < v(10))
print(calls)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', '' < 'a', 'a' < 'aa')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print((1, 'a') < (1, 'b'), (1, 2) == (1, 2), (1, 2) != (1, 2.0), () < (1,))
print(1 == 1.0, None is not None, 0 == False, '' == False, [] == [], [] is [])
print({1: 2} == {1: 2}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1} > set())
print(None == None, None is None, 1 != 'a', [1] == (1,))
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError', e)
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError', e)
try:
    print({1: 2} < {1: 2})
except TypeError as e:
    print('TypeError', e)
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print('TypeError', e)
print([1, 'a'] == [1, 2])
