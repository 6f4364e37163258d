i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i', i)
else:
    print('while else ran')
j = 0
while True:
    j += 1
    if j > 3:
        break
    print('j', j)
else:
    print('not printed')
k = 10
while k > 0:
    k -= 3
else:
    print('k', k)
n = 0
while n < 3:
    m = 0
    while m < 3:
        if m == n:
            break
        m += 1
    else:
        print('inner completed', n)
    print('n', n, 'm', m)
    n += 1
c = 0
while c < 0:
    print('never')
else:
    print('zero iterations, else runs')
