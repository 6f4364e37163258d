print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('"abc".upper()'))
x = 10
print(eval('x + 1'), eval('x * y', {'x': 2, 'y': 3}), eval('x', {}, {'x': 'local'}))
ns = {}
exec('a = 5\nb = a * 2\ndef f(n):\n    return n + b', ns)
print(ns['a'], ns['b'], ns['f'](1), sorted(k for k in ns if k != '__builtins__'))
exec('z = 99')
print(z)
code = '''
total = 0
for i in range(5):
    total += i
'''
g = {}
exec(code, g)
print(g['total'])
print(eval('len("four")'), eval('  3  '), eval('(lambda q: q ** 2)(7)'))
r = exec('1 + 1')
print(r)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('undefined_thing')
except NameError as e:
    print('NameError', e)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError', e)
