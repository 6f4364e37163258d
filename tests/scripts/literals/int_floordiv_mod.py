for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 2, -1 % 2)
print(1 // -2, 1 % -2)
print(-2 ** 65 // 3, -2 ** 65 % 3)
print(2 ** 65 // -3, 2 ** 65 % -3)
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-0.0 % 5, 0.0 % -5)
print(5 % 0.5, -5 // 0.5)
print(divmod(-7.5, 2))
print(1e300 % 7, -1e300 % 7)
