# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError built from
# Python: their fields, args and str().
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

d = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(d.args, d.encoding, d.object, d.start, d.end, d.reason)
print(str(d), repr(d))
print(str(UnicodeDecodeError('utf-8', bytearray(b'\xffab'), 0, 2, 'x')))
print(type(UnicodeDecodeError('utf-8', bytearray(b'\xffab'), 0, 2, 'x').object).__name__)
print(str(UnicodeDecodeError('e', b'abc', 5, 6, 'r')), '|', str(UnicodeDecodeError('e', b'abc', 1, 1, 'r')))
e = UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'ordinal not in range(128)')
print(e.args, e.encoding, e.object, e.start, e.end, e.reason)
print(str(e), repr(e))
for o in ['a\xe9b', 'a\u1234', 'a\U00012345', 'abc']:
    print(str(UnicodeEncodeError('ascii', o, 1, 2, 'why')), '|', str(UnicodeEncodeError('ascii', o, 0, 3, 'why')))
e.start = 0
e.reason = 'changed'
e.encoding = 'zz'
print(str(e), e.args)
t = UnicodeTranslateError('abc', 0, 1, 'r')
print(str(t), repr(t), t.args, t.encoding, str(UnicodeTranslateError('abc', 0, 2, 'r')))
for f in [lambda: UnicodeDecodeError('utf-8', 'abc', 0, 2, 'x'),
          lambda: UnicodeDecodeError('utf-8', b'ab', 0, 2),
          lambda: UnicodeDecodeError(),
          lambda: UnicodeDecodeError(1, b'', 0, 1, 'r'),
          lambda: UnicodeDecodeError('e', b'', 0, 1, 2),
          lambda: UnicodeDecodeError('e', b'', 0.5, 1, 'r'),
          lambda: UnicodeDecodeError('e', b'', 2**70, 1, 'r'),
          lambda: UnicodeDecodeError('e', b'', 0, 1, 'r', x=1),
          lambda: UnicodeEncodeError('ascii', b'ab', 0, 1, 'r'),
          lambda: UnicodeTranslateError(b'abc', 0, 1, 'r'),
          lambda: UnicodeDecodeError('e', b'', True, 1, 'r').start]:
    print(show(f))

class MyErr(UnicodeDecodeError):
    pass

m = MyErr('utf-8', b'\xff', 0, 1, 'bad')
print(str(m), repr(m), m.args, isinstance(m, ValueError))
try:
    b'ab\xc3'.decode()
except UnicodeDecodeError as err:
    print(repr(err), err.args, err.start, err.end)
try:
    'x\U0001f600'.encode('latin-1')
except UnicodeEncodeError as err:
    print(repr(err), err.start, err.end, err)
