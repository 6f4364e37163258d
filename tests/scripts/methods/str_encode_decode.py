samples = ['ascii', 'café', '日本', '😀', 'a\x00b', '']
for s in samples:
    u8 = s.encode('utf-8')
    print(repr(s), u8, len(u8), u8.decode('utf-8') == s, s.encode('utf-16-le').hex() if s else '')
print('café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'), 'café'.encode('cp1252') if False else '')
print('naïve'.encode('ascii', errors='replace'), 'naïve'.encode('ascii', errors='ignore'))
print('naïve'.encode('ascii', errors='xmlcharrefreplace'), 'naïve'.encode('ascii', errors='backslashreplace'))
print(b'\xe6\x97\xa5'.decode(), b'abc\xff'.decode('utf-8', errors='replace'), b'abc\xff'.decode('ascii', 'ignore'))
print(b'\xed\xa0\x80'.decode('utf-8', 'replace'))
print(bytes('x', encoding='utf-8'), str(b'\xc3\xa9', encoding='utf-8'), str(b'xy', 'ascii'))
for bad in [lambda: '日'.encode('ascii'), lambda: b'\xc3'.decode('utf-8'), lambda: b'\x80'.decode('ascii'),
            lambda: 'x'.encode('no-such-codec')]:
    try:
        bad()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
