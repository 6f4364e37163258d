import sys
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
print(down(500))
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(200))))
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 100)
def bad(n):
    return bad(n + 1)
try:
    bad(0)
except RecursionError as e:
    print('RecursionError', e)
print(down(300))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
