print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'd', '' or [] or 0)
print([] and 'x', 'a' and 'b' and 'c', 'a' and '' and 'c', 0 or '' or None)
print(not 0, not 1, not '', not 'a', not [], not None, not not 5)
def t(n, r):
    print('eval', n)
    return r
print(t(1, True) or t(2, False))
print(t(3, False) or t(4, 0) or t(5, 'end'))
print(t(6, 0) and t(7, 1))
print(t(8, 1) and t(9, 2) and t(10, 3))
print(t(11, 0) or t(12, 1) and t(13, 0))
print((t(14, 1) or t(15, 0)) and t(16, 'z'))
x = None
y = x or 'default'
print(y, x is None and 'none' or 'some')
print(True + (1 and 2), type(1 and 2.0).__name__, [] or {})
print(1 if 0 or None else 2)
print(all([]), any([]), bool(0 or 0.0 or 0 if False else 0))
