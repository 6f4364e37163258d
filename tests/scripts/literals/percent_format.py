print('%d %s %r %5.2f %x %-5s|' % (42, 'str', 'rep', 3.14159, 255, 'ab'))
print('%i %u %o %X %e %E %g %G' % (7, 8, 8, 255, 12345.678, 0.00012, 0.0001, 1e20))
print('%5d|%-5d|%05d|%+d|% d|%+5d' % (42, 42, 42, 42, 42, -42))
print('%.3s|%10.3s|%-10s|%c|%c' % ('abcdef', 'abcdef', 'x', 65, 'z'))
print('%#x %#o %#X %x' % (255, 8, 255, -255))
print('%%d literal %s' % 'x', '100%%' % ())
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%s' % [1, 2], '%s' % (1,), '%s %s' % (1, (2, 3)), '%r' % ((1, 2),))
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%s %s' % (None, True), '%d' % True, '%f' % 1, '%.0f %.0f' % (0.5, 1.5))
print('%a' % 'é', '%r' % 'é', '%s' % 'é')
print('%x' % (2 ** 70), '%d' % (-(2 ** 70)), '%.2e' % 1e300)
print('%5.1f%%' % 45.678)
for bad in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%q', 1), ('%(k)s', 5)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
