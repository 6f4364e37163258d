for i in range(3):
    print('i', i)
else:
    print('for else', i)
for ch in 'abc':
    if ch == 'b':
        continue
    print(ch)
for x in [1, 2, 3, 4]:
    if x == 3:
        print('found 3')
        break
else:
    print('not found')
for x in []:
    print('never')
else:
    print('empty else')
for i, (a, b) in enumerate([('x', 1), ('y', 2)]):
    print(i, a, b)
for k in {'z': 1, 'a': 2}:
    print(k)
for k, v in {'p': 1, 'q': 2}.items():
    print(k, v)
total = 0
for i in range(10):
    for j in range(10):
        if j > i:
            break
        total += j
print(total)
lst = [1, 2, 3]
for item in lst:
    if item < 3:
        lst.append(item + 10)
print(lst)
for i in range(3):
    pass
print(i)
for lst[0] in range(3):
    pass
print(lst)
