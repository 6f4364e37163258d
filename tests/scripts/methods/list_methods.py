a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend('ab')
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before last')
a.insert(-100, 'very first')
print(a)
a.remove('a')
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(0), a.index(5, 3), a.count(1), a.count('zzz'))
b = [5, 2, 9, 1]
b.sort()
print(b)
b.sort(reverse=True)
print(b)
c = ['bb', 'a', 'ccc', 'dd']
c.sort(key=len)
print(c)
c.sort(key=len, reverse=True)
print(c)
c.reverse()
print(c)
d = c.copy()
d.append('x')
print(c, d, c.clear(), c)
print(b.sort(), b.reverse(), b.append(0), b)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 'a'].sort(),
            lambda: [1].pop(5), lambda: [].insert(), lambda: [1].index(1, 1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
