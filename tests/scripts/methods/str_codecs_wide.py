# UTF-16 / UTF-32 codecs: BOMs, byte orders, surrogate pairs, error handlers
# and the exact UnicodeDecodeError / UnicodeEncodeError reports.
def show(f):
    try:
        return ascii(f())
    except (UnicodeError, LookupError, TypeError) as e:
        # (start/end rather than args: CPython leaves args stale when a
        # handler such as surrogatepass fails after partial progress)
        return '%s: %s %s' % (type(e).__name__, e, ascii((getattr(e, 'start', None), getattr(e, 'end', None))))

wide = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']
for s in ['', 'a', 'caf\xe9', '\u65e5\u672c', '\U0001f600!', '\ufeff', '\U0010ffff\x00']:
    for enc in wide + ['utf-8-sig']:
        b = s.encode(enc)
        print(enc, ascii(s), b.hex(), b.decode(enc) == s)

samples = [b'\xff', b'\xff\xfe', b'\xfe\xff', b'\xff\xfeA', b'A\x00B', b'\x00\xd8', b'\x00\xd8A',
           b'\x00\xd8A\x00', b'\x00\xdcA\x00', b'\xd8\x00\xdc\x00', b'\x00\xd8\x00\xdc',
           b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
           b'A\x00\x00\x00B', b'\xff\xfe\x00\x00A', b'\xfe\xff\xd8\x00\x00A']
for enc in wide:
    for b in samples:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass']:
            print(enc, b, errors, show(lambda: b.decode(enc, errors)))

for enc in wide + ['utf-8', 'ascii', 'latin-1']:
    for s in ['\ud800', 'a\ud800\udc00b', 'x\udc80\udc81y', 'a\xe9\u1234']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace',
                       'surrogateescape', 'surrogatepass']:
            print(enc, ascii(s), errors, show(lambda: s.encode(enc, errors)))

for name in ['UTF16', 'utf_16', 'UTF-16LE', 'utf-16_be', 'u16', 'U32', 'utf32', 'UTF_32_BE',
             'utf_32le', 'UnicodeLittleUnmarked', 'utf16le', 'utf.16', 'UTF-8-SIG', ' utf 16 ']:
    print(repr(name), show(lambda: 'h\xe9'.encode(name)))
print(show(lambda: b'\xff'.decode('utf-16-le', 'bogus')))
print(show(lambda: b'\xff\xfe'.decode('utf-16', 'bogus')))
print(show(lambda: b'\xff'.decode('utf-16-le', 'xmlcharrefreplace')))
print(show(lambda: b'\xef\xbb\xbfa\xff'.decode('utf-8-sig')))
print(str(b'a\x00b\x00', 'utf-16-le'), bytes('ab', 'utf-16-be'), bytearray('a', 'utf-32'))
try:
    b'\x00\xd8'.decode('utf-16')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
