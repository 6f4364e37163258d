lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print('RuntimeError', e)
d2 = {'a': 1, 'b': 2}
for k in d2:
    d2[k] = 0
print(d2)
grow = [0]
for x in grow:
    if len(grow) < 5:
        grow.append(x + 1)
print(grow)
lst2 = [1, 2, 3]
it = iter(lst2)
next(it)
lst2.clear()
print(list(it))
print('alive')
