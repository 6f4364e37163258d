print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{x} {y} {x}'.format(x=1, y=2))
print('{0} {name} {1}'.format('p0', 'p1', name='kw'))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{0:.2f} {0:e} {0:%}'.format(0.5))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{{}} {{{}}}'.format('in'))
print('{0[0]} {0[1]} {1[k]} {1[2]}'.format(['a', 'b'], {'k': 'v', 2: 'int'}))
print('{:,} {:_} {:#b} {:08.3f} {:+}'.format(1234567, 7654321, 5, 3.14159, 5))
print('{:*^11}'.format('mid'), '{0:{1}}|'.format('w', 5))
print(format(3.14159, '.3f'), format(255, 'x'), format('s', '>4'), format(12))
print(str.format('{}-{}', 1, 2))
print('{} {}'.format(*[1, 2]), '{a}{b}'.format(**{'a': 1, 'b': 2}))
for fmt, args in [('{} {}', (1,)), ('{2}', (1, 2)), ('{x}', ()), ('{0} {}', (1, 2)), ('{:d}', ('s',))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
