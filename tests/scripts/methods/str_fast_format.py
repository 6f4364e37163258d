# printf-style % and format specs for numbers: every float conversion at
# many precisions (printf's rounding and layout), flags, widths, fills,
# grouping, int subclasses and bool, and the error messages.
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1e-5, 123.456, -123.456, 1e16, 1.7976931348623157e308,
          5e-324, 9.999999, 0.1 + 0.2, 1234567.0, 1e22, 100.0, float('inf'), float('-inf'), float('nan')]
for conv in 'feEgGF':
    for prec in (0, 1, 2, 3, 6, 10, 17):
        print(conv, prec, ['%.*{}'.format(conv) % (prec, v) for v in values])
for v in values[:12]:
    print('%f|%e|%g|%10.3f|%-10.2e|%+g|% g|%010.4f|%#.0f|%#g|%#.3e|%#x' % (v, v, v, v, v, v, v, v, v, v, v, 255))
print('%s-%d' % ('a', 5), '%5s|%-5s|%.2s' % ('ab', 'cd', 'xyz'), '%(a)s=%(b)05.1f' % {'a': 'k', 'b': 2.25})
print('%c%c' % (65, 'é'), '%r %a' % ('é', 'é'), '%i %u %o %x %X' % (-7, 7, 8, 255, 255), '%%')

ints = [0, 7, -7, 1234567, -1234567, 2 ** 70, True, False]
for spec in ['', 'd', '5', '<5', '^7', '=+8', '05', ',', '_', '_x', '#b', '#o', '#X', '+,', ' ', 'n',
             'c' if False else 'd', '08,', '.2f', 'e', '%', 'é^9', '*>+10,']:
    print(repr(spec), [format(i, spec) for i in ints])
floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e21, float('inf'), float('nan')]
for spec in ['', '.2f', '.0f', '10.3f', '<10.1f', '^12.2e', '=+12,.2f', '012.3f', ',', '_.1f', '.3g',
             '#.0f', '.2%', 'z.1f', 'E', 'G', '.10', 'é>8.1f', '+.1e', ' .2f', 'n']:
    print(repr(spec), [format(f, spec) for f in floats])
x, i = 3.14159, 42
print(f'{x:.2f}|{i:d}|{i:>5}|{i:<5}|{x:8.3f}|{i:05d}|{i:x}|{x:e}|{i:,}|{-i:+}|{x!r}|{i!s:>4}')

class I(int):
    pass

print(format(I(5), '03d'), f'{I(7):x}', format(True, 'd'), format(False, '>3'), '%d %s' % (I(3), I(4)))
for v, spec in [(5, 'z'), (5, '.2'), (5, 's'), (1.5, 'd'), (I(1), 'q'), (True, 'y'), (5, ',_'),
                (5, '_,'), (5, ',c'), ('s', 'd'), (5, '=^'), (2.0, 'c'), (5, '#c'), (5, '+c'), (-1, 'c')]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for fmt, args in [('%d', 'x'), ('%f', 'x'), ('%z', 1), ('%', ()), ('%s %s', (1,)), ('%s', (1, 2)),
                  ('%(a)s', 1), ('%c', 'ab'), ('%.*f', ('x', 1.0))]:
    try:
        print(fmt % args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
