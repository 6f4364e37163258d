import sys
try:
    n = int('9' * 5000)
    print('converted', len(str(n)))
except ValueError as e:
    print('ValueError', e)
print(len(str(int('9' * 4300))))
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print('ValueError', e)
try:
    print(repr(big)[:5])
except ValueError as e:
    print('ValueError', e)
try:
    f'{big}'
except ValueError as e:
    print('ValueError', e)
print(big.bit_length(), len(hex(big)), big % 1000007)
print(int('1' * 4300) % 97)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)), int('7' * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
