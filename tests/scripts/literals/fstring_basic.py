x, name, pi = 42, 'gil', 3.14159
print(f'{x}', f'{name}', f'{pi}')
print(f'x={x} name={name!r} pi={pi:.2f}')
print(f'{x + 1} {x * 2} {x > 40} {[x, x]}')
print(f'{{literal braces}} {{{x}}}')
print(f'{name.upper()} {name[::-1]} {len(name)}')
print(f'{"nested quotes"} {"x" if False else "y"}' if False else f'{"nested quotes"}')
d = {'k': 'v'}
print(f"{d['k']} {d}")
print(f'{x!s} {name!r} {name!a} {"é"!a}')
print(f'{x=}', f'{name=}', f'{pi=:.3f}', f'{x + 1 = }', f'{name=!s}')
print(f'{None} {True} {3.0} {1e20} {1/3}')
print(f'{x:5}|{x:<5}|{x:^5}|{x:>5}|')
print(f'{name:5}|{name:<5}|{name:^5}|{name:>5}|')
print(F'upper F {x}', rf'\n{x}', fr'{x}\t')
print(f'{(lambda: 7)()}', f'{ {1: 2}[1] }')
obj = [1, 2, 3]
print(f'{obj[0]}{obj[-1]}{obj[1:]}')
print(f'{x:{"d"}}', f'{"a" "b"}')
