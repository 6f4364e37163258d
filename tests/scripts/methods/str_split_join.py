s = 'a,b,,c,'
print(s.split(','), s.split(',', 1), s.split(',', maxsplit=2), s.rsplit(',', 1), s.rsplit(',', maxsplit=2))
w = '  the  quick\tbrown\n fox  '
print(w.split(), w.split(None, 1), w.rsplit(None, 1), w.split(' '), ''.split(), ''.split(','))
print('a b c'.split(' ', 0), 'abc'.split('abc'), 'aXbXc'.split('X', -1), 'x'.split('x'))
print('1<>2<>3'.split('<>'), '1<>2<>3'.rsplit('<>', 1))
lines = 'l1\nl2\r\nl3\rl4\n\nl6'
print(lines.splitlines(), lines.splitlines(True), 'no newline'.splitlines(), ''.splitlines(), 'end\n'.splitlines())
print('a\x0bb\x0cc\x1cd\u2028e'.splitlines())
print(','.join(['a', 'b', 'c']), ''.join('xyz'), ' '.join([]), '-'.join(('1',)), ', '.join(map(str, range(4))))
print('->'.join({'k1': 1, 'k2': 2}), ''.join(reversed('abc')))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError', e)
