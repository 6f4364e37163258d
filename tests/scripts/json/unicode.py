# Unicode: escapes in both directions, surrogate pairs, bytes input.
import json

samples = ['', 'ascii', 'caf\xe9', '\u00ff\u0100\u07ff\u0800', '\u20ac\u2603',
           '\uffff', '\U00010000', '\U0001f600 smile', '\U0010ffff',
           '\ud800', '\udfff', 'a\ud83db', '\udc00\ud800',
           '\x00\x01\x08\x09\x0a\x0b\x0c\x0d\x1e\x1f', '\x7f\x80\x9f\xa0',
           '"\\/', '\u2028\u2029', '\ufeff']
for s in samples:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(a, ascii(u), json.loads(a) == s, json.loads(u) == s)

# Escapes accepted when decoding.
docs = [r'"\" \\ \/ \b \f \n \r \t"', r'"\u0041\u00e9\u20AC\uFFFF"',
        r'"\ud83d\ude00"', r'"\uD83D\uDE00"', r'"\ud83d"', r'"\ude00"',
        r'"\ud83dx"', r'"\ud83d\u0041"', r'"\ud83d\ud83d\ude00"',
        r'"\udbff\udfff"', r'"\ud800\udc00"', r'"\u0000"',
        r'"\ud83d\n"', '"\\ud83d\\', r'"\ud83d\ude0"']
for d in docs:
    try:
        v = json.loads(d)
        print(d, '->', ascii(v), len(v))
    except json.JSONDecodeError as e:
        print(d, '-> error:', e)

# Raw non-ASCII characters in the document.
print(ascii(json.loads('{"cl\xe9": "\u20ac\U0001f600"}')))
print(json.dumps(json.loads('["\xe9"]')), json.dumps(json.loads('["\xe9"]'), ensure_ascii=False))

# Keys are escaped like values.
print(json.dumps({'\xe9\n': '\U0001f600'}))
print(json.dumps({'\xe9\n': '\U0001f600'}, ensure_ascii=False))

# bytes and bytearray input in the encodings json detects.
obj = {'k': ['\xe9', '\U0001f600', 1]}
text = json.dumps(obj, ensure_ascii=False)
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be',
            'utf-32', 'utf-32-le', 'utf-32-be']:
    data = text.encode(enc)
    print(enc, json.detect_encoding(data), json.loads(data) == obj,
          json.loads(bytearray(data)) == obj)
for data in [b'1', b'12', b'\x001', b'1\x00', b'[]', b'"\xc3\xa9"']:
    print(data, json.detect_encoding(data), ascii(json.loads(data)))
print(json.detect_encoding(b''), json.detect_encoding(b'\x00\x00\x00['))
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
# Lone surrogates in UTF-8 bytes are decoded with surrogatepass.
print(ascii(json.loads(b'"\xed\xa0\x80"')))

# Long strings with many escapes.
s = ''.join(chr(i) for i in range(0, 600, 3)) * 5
a = json.dumps(s)
print(len(a), json.loads(a) == s, a[:80])
u = json.dumps(s, ensure_ascii=False)
print(len(u), json.loads(u) == s)
