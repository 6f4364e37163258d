for s in ['ab', 'abc', '']:
    print(repr(s.center(7)), repr(s.center(7, '*')), repr(s.ljust(5, '.')), repr(s.rjust(5, '.')), repr(s.center(1)))
print('abc'.center(6, '-'), 'abcd'.center(7, '-'), 'a'.center(4, '-'))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), '12345'.zfill(3), ''.zfill(2), '-'.zfill(3))
print('a\tb\tc'.expandtabs(), 'a\tb\tc'.expandtabs(4), '12\t3456\t7'.expandtabs(4), repr('\t'.expandtabs(0)))
print('x\ty\nab\tc'.expandtabs(3))
print('ab'.ljust(1), 'ab'.rjust(-1), 'é'.center(5, '😀'))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
