s = 'abc'
t = s
s += 'd'
print(s, t)
u = s.upper()
print(s, u)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    s.append('x')
except AttributeError as e:
    print('AttributeError', e)
lst = list(s)
lst[0] = 'X'
print(''.join(lst), s)
print(s.replace('a', 'A') is not s, s.strip() == s)
print(id(s) == id(t))
