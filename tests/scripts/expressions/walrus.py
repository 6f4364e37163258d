data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=' ')
print()
print((total := 0), [total := total + x for x in data], total)
def f():
    if (m := 5) > 3:
        return m * 2
print(f())
vals = [(z := 3), z + 1, z * z]
print(vals, z)
print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 10 for x in data), miss)
w = (a := 1) + (b := 2)
print(w, a, b)
s = 'abc'
print(f'{(q := 7)} {q}')
