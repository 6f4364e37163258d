def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-3, 0, 5, 50, 500):
    print(n, classify(n))
x = []
if x:
    print('nonempty')
else:
    print('empty')
if 0: print('no')
elif 1: print('one-liner elif')
if 1:
    if 0:
        print('inner no')
    else:
        print('inner else')
y = 5
if y > 3 and y < 10 or y == 100:
    print('range')
if not y % 5: print('div5')
if (z := y * 2) > 8:
    print('z', z)
