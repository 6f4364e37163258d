s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print(repr(''.strip()), repr('   '.strip()), 'aaa'.strip('a') == '')
print('www.example.com'.strip('cmowz.'), 'hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'))
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'c'), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), 'hello'.replace('l', ''), 'x'.replace('x', 'xx', 0), 'abab'.replace('ab', 'ba', -1))
print('one two one'.replace('one', '1'), 'é😀'.replace('😀', 'smile'))
