s = 'héllo wörld'
print(s, len(s), s[1], s[-4], s[1:5], s[::-1])
e = 'a😀b🎉c'
print(e, len(e), e[1], e[3], e[-1], e[1:4], e[::-1])
print([c for c in e])
print(ord('😀'), hex(ord('🎉')), chr(128512), chr(233), chr(0x4e2d))
j = '日本語テキスト'
print(j, len(j), j[2], j[-1], j[1:3], j.find('テ'), j.index('キ'))
print('ß'.upper(), 'ǅ'.lower(), 'Σ'.lower(), 'ÉCOLE'.lower(), 'straße'.casefold())
print('é' == '\u00e9', 'é' == 'e\u0301', len('e\u0301'))
print('abc' < 'abd', 'é' > 'z', '😀' > '日', sorted(['b', 'é', 'a', 'Z', '😀', '日']))
print('😀'.encode('utf-8'), 'é'.encode('utf-8'), 'é'.encode('latin-1'))
print(b'\xf0\x9f\x98\x80'.decode('utf-8'), len('😀'.encode()))
print('x'.join('日本'), '😀' * 3, '😀' in e, 'b🎉' in e)
print(repr('日本'), ascii('日本😀é'), repr('\u00a0'))
print('Ünïcödé'.isalpha(), '٣'.isdigit(), '٣'.isdecimal(), '½'.isnumeric(), '½'.isdigit())
print(str(e.count('😀')), e.replace('😀', ':)'), e.split('🎉'))
print('%s|%5s|%-5s|' % ('é', '日本', '😀'))
print(f'{"日本":>6}|{"é":^5}|')
