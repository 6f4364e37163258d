s = 'key=value=more'
print(s.partition('='), s.rpartition('='), s.partition('#'), s.rpartition('#'))
print('a.b.c'.partition('.'), 'abc'.partition('abc'), ''.partition('x'))
try:
    s.partition('')
except ValueError as e:
    print('ValueError', e)
print('hello'.encode(), 'héllo'.encode('utf-8'), 'héllo'.encode('latin-1'), 'ab'.encode('ascii'))
print('héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'), 'é'.encode('utf-16-le'))
print('{} and {}'.format('a', 'b'), '{name}!'.format_map({'name': 'map'}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map(Default(a=1)))
t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), t)
t2 = str.maketrans({'a': '1', 'b': None, 'c': 'CC'})
print('abcabc'.translate(t2))
t3 = str.maketrans('ab', 'AB', 'xyz')
print('axbycz'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'abc'.translate({}))
print('Hello'.swapcase().swapcase(), 'a-b_c d'.title(), "o'neil".title())
