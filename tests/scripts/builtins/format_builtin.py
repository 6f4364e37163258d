print(format(42), format(42, 'd'), format(42, '5d'), format(42, '<5') + '|', format(42, 'x'), format(42, '#b'))
print(format(3.14159, '.2f'), format(3.14159, '10.3e'), format(1234567.0, ',.1f'), format(0.25, '%'))
print(format('abc', '>6'), format('abc', '^7'), format('abc', '*<5'), format('abcdef', '.3'))
print(format(True), format(True, 'd'), format(None), format([1, 2]), format((1,)))
print(format(-0.0), format(1e100), format(1e-100, 'g'), format(12345678, 'n'))
print(format(255, '08b'), format(255, 'o'), format(-255, 'X'), format(65, 'c'))
print(format(1.0), format(10.0, 'g'), format(1.5, 'e'), format(2 ** 70, ','))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F()), format(F(), 'xyz'), f'{F():abc}', '{:q}'.format(F()))
class NoFormat:
    pass
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError', e)
try:
    format(1, 'y')
except ValueError as e:
    print('ValueError', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError', e)
