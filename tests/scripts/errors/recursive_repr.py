a = []
for i in range(100000):
    a = [a]
try:
    repr(a)
    print('repr ok?')
except RecursionError as e:
    print('RecursionError', e)
try:
    str(a)
except RecursionError as e:
    print('RecursionError str', e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    repr(d)
except RecursionError as e:
    print('RecursionError dict', e)
t = ()
for i in range(100000):
    t = (t,)
try:
    repr(t)
except RecursionError as e:
    print('RecursionError tuple', e)
b = [1, 2]
b.append(b)
print(b, repr(b))
c = {'self': None}
c['self'] = c
c['list'] = [c]
print(c)
print('alive')
