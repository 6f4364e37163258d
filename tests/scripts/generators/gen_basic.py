def count_up(n):
    print('start')
    i = 0
    while i < n:
        print('yielding', i)
        yield i
        i += 1
    print('end')
g = count_up(3)
print('created')
print(next(g))
print(next(g))
for v in g:
    print('loop', v)
print(list(g), next(g, 'exhausted'))
def squares():
    for i in range(5):
        yield i * i
print(list(squares()), sum(squares()), max(squares()))
def empty():
    return
    yield
print(list(empty()))
def two():
    yield 'a'
    yield 'b'
a, b = two()
print(a, b, *two(), list(zip(two(), two())))
