a = b = c = 0
print(a, b, c)
x = y = [1, 2]
y.append(3)
print(x)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
d = {}
d['a'] = d['b'] = 'same'
print(d)
class O: pass
o = O()
o.p = o.q = 9
print(o.p, o.q)
p, q = r = 1, 2
print(p, q, r)
m = n = m2 = 'str'
print(m is n is m2)
arr = [0] * 5
k = arr[k] = 3 if False else 4
print(k, arr)
