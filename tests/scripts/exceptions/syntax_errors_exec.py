codes = ['x = = 1', 'def f(:\n  pass', '1 +', 'return 5', 'break', 'x = (1, 2',
         'for x in range(3)\n    pass', 'a b', "f'{'", 'class', 'None = 1', 'x += 1 = 2',
         'def f(a, a): pass', 'nonlocal x', 'if True:\npass', '  x = 1', 'def f():\n    yield = 1']
for c in codes:
    try:
        exec(c)
        print('compiled', repr(c))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno)
try:
    compile('1 +* 2', 'fake.py', 'eval')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
