w, p, v = 10, 3, 3.14159265
print(f'{v:{w}}|{v:{w}.{p}f}|{v:<{w}.{p}}|')
fill, align = '*', '^'
print(f'{"mid":{fill}{align}{w}}')
for width in range(3, 8):
    print(f'[{"ab":>{width}}]')
items = [('apple', 1.5), ('kiwi', 12.25), ('banana', 100.0)]
for name, price in items:
    print(f'{name:<8}{price:>8.2f}')
print(f"{'nested ' + f'{w * 2}'}")
print(f'{[f"{i:02d}" for i in range(3)]}')
print(f'{w!r:>5}|{"s"!r:^7}|{p=:>4}|{v=:.2f}')
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
    def __format__(self, spec):
        return 'fmt[' + spec + ']'
o = P()
print(f'{o}|{o!r}|{o!s}|{o:xyz}|{o=}')
print(format(o, 'abc'), str(o), repr(o))
print(f'{3:{"+"}{5}}', f'{"%s" % w}')
print(f'{w if w > 5 else p}', f'{(w, p)}', f'{w:{p}}')
print('{:{}}|{:{}.{}f}'.format('a', 4, 2.5, 8, 2))
