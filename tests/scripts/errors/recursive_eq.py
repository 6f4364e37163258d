a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
x = [1]
x.append(x)
y = [1]
y.append(y)
try:
    print(x == y)
except RecursionError as e:
    print('RecursionError', e)
print(x == x, x[1] is x)
n = []
for i in range(100000):
    n = [n]
try:
    import copy
    copy.deepcopy(n)
except RecursionError as e:
    print('RecursionError deepcopy', str(e).startswith('maximum recursion depth exceeded'))
print('alive')
