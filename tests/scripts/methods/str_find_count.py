s = 'hello world hello'
print(s.find('o'), s.find('o', 5), s.find('o', 5, 7), s.find('xyz'), s.find(''), s.find('', 100))
print(s.rfind('o'), s.rfind('hello'), s.rfind('o', 0, 5), s.rfind('z'), s.rfind(''))
print(s.index('world'), s.rindex('l'), s.index('h', 1), s.rindex('h', 0, 10))
print(s.count('l'), s.count('hello'), s.count(''), s.count('l', 3, 10), 'aaaa'.count('aa'), ''.count(''))
print(s.find('o', -5), s.find('h', -100), s.count('o', -7))
print('a' in s, s.startswith('hell'), s.startswith('world', 6), s.startswith(('x', 'he')), s.startswith(''))
print(s.endswith('llo'), s.endswith(('a', 'b')), s.endswith('world', 0, 11), 'abc'.endswith(('bc', 'z')))
try:
    s.index('zz')
except ValueError as e:
    print('ValueError', e)
try:
    s.rindex('zz')
except ValueError as e:
    print('ValueError', e)
try:
    s.startswith(['he'])
except TypeError as e:
    print('TypeError', e)
