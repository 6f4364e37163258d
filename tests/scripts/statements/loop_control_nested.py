result = []
for i in range(5):
    for j in range(5):
        if j == 3:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
    else:
        result.append('never')
print(result)
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(find(m, 4), find(m, 7))
count = 0
while True:
    count += 1
    for k in range(count):
        if k == 2:
            break
    else:
        continue
    break
print('count', count)
out = []
for i in range(3):
    try:
        if i == 1:
            continue
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)
