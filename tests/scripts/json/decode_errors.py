# Malformed documents: JSONDecodeError messages and attributes.
import json

bad = [
    '', ' ', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '[1 2]',
    '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}',
    "{'a':1}", '{1:2}', '{"a":1 "b":2}', '{"a":1}}', '[1]]', '[1] [2]',
    'nul', 'tru', 'fals', 'None', 'True', 'nan', 'inf', '-inf', 'infinity',
    '-', '--1', '+1', '.5', '01', '1.', '1.e5', '1e', '1e+', '-a',
    '0x10', '1_000', '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\u12x4"',
    '"\\uZZZZ"', '"\\ud800\\u12"', '"\\ud800\\uqqqq"', '"a\nb"', '"a\tb"',
    '"\x00"', '"\x1f"', '[1, 2, "x\x01y"]', '{"k\n": 1}', "'single'",
    '[1, 2, 3,\n 4, 5,\n\n ]', '{\n  "a": 1,\n  "b": [1, 2\n  3]\n}',
    '\n\n   x', '1 2', '[] x', '"\\', '"\\u', '"\\u0041', '[\n', '{"a": [}]',
    '[1, {"a": tru}]', '123abc', '-Infinit', 'NaNa', '[-]', '{"": }',
]
for doc in bad:
    try:
        result = json.loads(doc)
    except json.JSONDecodeError as e:
        print('%-28r %s | msg=%r pos=%d line=%d col=%d' % (
            doc, e, e.msg, e.pos, e.lineno, e.colno))
        assert e.doc is doc
    else:
        print('%-28r parsed: %r' % (doc, result))

# JSONDecodeError is a ValueError.
try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
print(issubclass(json.JSONDecodeError, ValueError),
      json.JSONDecodeError.__mro__[1].__name__)
print(json.JSONDecodeError is json.decoder.JSONDecodeError)

# Constructing one directly.
e = json.JSONDecodeError('Custom message', 'line one\nline two\nthree', 14)
print(e, '|', e.msg, e.pos, e.lineno, e.colno)
print(e.args, repr(e.doc))
e = json.JSONDecodeError('At start', '', 0)
print(e, e.lineno, e.colno)

# Pickling keeps msg, doc and pos (via __reduce__).
import pickle
e2 = pickle.loads(pickle.dumps(json.JSONDecodeError('Oops', '[1,\n2', 4)))
print(type(e2).__name__, e2, e2.msg, e2.pos, e2.lineno, e2.colno)
print(e.__reduce__()[1])

# strict=False allows control characters inside strings.
print(repr(json.loads('"a\nb\tc\x00"', strict=False)))
print(json.loads('{"k\x01": ["v\x1f"]}', strict=False))
try:
    json.loads('"a\nb"', strict=True)
except ValueError as e:
    print(e)

# A BOM at the start of a str is refused; bytes with a BOM decode.
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
print(json.loads('\ufeff[1]'.encode('utf-8')))

# Wrong argument types.
for arg in [None, 1, 1.5, [1], {'a': 1}]:
    try:
        json.loads(arg)
    except TypeError as e:
        print('TypeError', e)

# raw_decode: value and end index, extra data allowed.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('{"a": 1}{"b": 2}'))
print(dec.raw_decode('xx 12 yy', 3))
print(dec.raw_decode('"str"', 0))
for args in [(' 1',), ('',), ('[1', 0), ('1', 5), ('1', -1)]:
    try:
        print(dec.raw_decode(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    dec.decode('[1] [2]')
except json.JSONDecodeError as e:
    print(e)
