a, *b = 1, 2, 3
print(a, b)
*a, b = 1, 2, 3
print(a, b)
a, *b, c = 1, 2
print(a, b, c)
a, *b, c = 'hello'
print(a, b, c)
[a, *b] = (x * 2 for x in range(4))
print(a, b)
*a, = range(3)
print(a)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
head, *_, tail = range(100)
print(head, tail, len(_))
first, second, *others = {'k': 1, 'j': 2, 'i': 3}
print(first, second, others)
for a, *b in ([1, 2, 3], 'ab', (5,)):
    print(a, b)
*x, y, z = [1, 2, 3, 4, 5, 6]
print(x, y, z)
print(type(b).__name__)
