try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print('ValueError', e)
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print('TypeError', e)
try:
    [x for x in 5]
except TypeError as e:
    print('TypeError', e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print('TypeError', e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print('NameError', e)
partial = []
try:
    for v in [2, 1, 0, 4]:
        partial.append(10 // v)
except ZeroDivisionError:
    print('partial', partial)
