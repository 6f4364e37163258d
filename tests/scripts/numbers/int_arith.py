# int arithmetic: small/big boundaries, floor semantics, bitwise on negatives.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 7, -7, 2**47 - 1, -2**47, 2**47, 2**63, -2**64 - 5, 10**30 + 3, -(3**90)]
for a in vals:
    for b in [1, -1, 3, -3, 2**40 + 1, -(10**25)]:
        print(a + b, a - b, a * b, a // b, a % b, divmod(a, b), a & b, a | b, a ^ b)
for a in vals:
    print(-a, ~a, abs(a), a << 3, a >> 3, a >> 100, a.bit_length(), hash(a), a / 7)
print(2**100 // 3**40, 2**100 % 3**40, -2**100 // 3**40, -2**100 % 3**40)
print(3**200, (-3)**201, 2**-2, 10**-3, (-2)**-3, 0**0)
print(pow(3, 200, 10**9 + 7), pow(2, -1, 7), pow(-5, 3, 7), pow(5, 3, -7), pow(10**30, 10**20, 97))
print(7 / 2, -7 / 2, 10**400 // 10**399, 10**400 / 10**399, 1 / 3, (2**53 + 1) / 1, 2**200 / 3**50)
print(0 / -5, 1 // -5, True + True, True * 10, True & False, True | False, True ^ True, ~True, -True)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**100), hash(True))
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 0 ** -1)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 10**400 / 3)
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: float(10**400))
print(10**22 == 1e22, 10**30 == 1e30, 2**1024 > 1e308, 2**1024 < float('inf'), -2**1024 < -1e308)
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 5 < 5.5, 5 == 5.0, 5 != float('nan'))
print((5).__add__(2.0), (5).__lt__(2.0), (5).__radd__(3), (5).__divmod__(2), (5).__rdivmod__(17))
