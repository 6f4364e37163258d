import sys
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' -- ')
print('no newline', end='')
print(' continued')
print('x', 'y', sep=',', end='!\n')
print()
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, 'str')
print(*range(5), sep='|')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('end none', end=None)
print('sep none', 'x', sep=None)
print('', end='')
print('multi\nline')
print(sep='ignored')
print('tab\tsep', 'x', sep='\t')
print(file=sys.stdout, end='explicit stdout\n')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError', e)
