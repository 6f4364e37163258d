print(True, False, None, ..., Ellipsis)
print(repr(True), repr(None), repr(...), str(Ellipsis))
print(type(True).__name__, type(None).__name__, type(...).__name__)
print(True is True, None is None, ... is Ellipsis, not None, not ...)
print(bool(None), bool(...), bool(0), bool(''), bool([]), bool(0.0), bool(-0.0), bool('0'))
print(True + True, True * 3, -True, True / 2, True // 2, True ** 2, abs(False))
print(isinstance(True, int), issubclass(bool, int), True == 1.0, hash(True) == hash(1))
print({True: 'a', 1: 'b', 1.0: 'c'})
print([None] * 3, (None,), {None: None})
print(None == 0, None == False, None == None, None != [])
print(int(True), float(False), str(True), str(None))
print(bool.__name__, True.__class__.__name__)
print(sorted([True, False, True, 0, 1]))
print(max(False, True), sum([True, True, False]))
try:
    None < 1
except TypeError as e:
    print('TypeError', e)
