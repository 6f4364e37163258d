a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s2 = s
s += 'c'
print(s, s2)
d = {'k': 1}
d['k'] += 10
d['k'] *= 2
print(d)
l = [[0], [1]]
l[1] += [5]
l[0][0] -= 7
print(l)
class O:
    pass
o = O()
o.v = 3
o.v **= 2
o.v -= 1
print(o.v)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
n = 7
n //= 2; n %= 2
print(n)
c = [0]
c *= 3
print(c)
ba = bytearray(b'a')
ba += b'b'
print(ba)
x = 1.5
x += 1
print(x)
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print('TypeError', e, t)
