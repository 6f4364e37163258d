# Decoder hooks and customisation: object_hook, object_pairs_hook,
# parse_float/int/constant, cls=, JSONDecoder subclasses.
import json

doc = '{"b": 1, "a": {"y": 2.5, "x": [1, {"z": null}]}, "c": [NaN, -Infinity]}'

print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
calls = []

def record(d):
    calls.append(dict(d))
    return len(d)

print(json.loads(doc, object_hook=record), calls)
# object_pairs_hook takes priority over object_hook.
print(json.loads(doc, object_hook=lambda d: 'hook',
                 object_pairs_hook=lambda p: 'pairs'))
print(json.loads('{}', object_pairs_hook=lambda p: ('empty', p)))
print(json.loads('{}', object_hook=lambda d: ('empty', d)))
print(json.loads('[{}, {"a": {}}]', object_hook=lambda d: 'O'))

# Duplicate keys are visible to object_pairs_hook.
print(json.loads('{"k": 1, "k": 2}', object_pairs_hook=list))

# parse_float / parse_int / parse_constant receive the text.
print(json.loads('[1, 2.0, 3e2, -4, 0.5E-1, 10]', parse_float=str))
print(json.loads('[1, 2.0, 3e2, -4, 0.5E-1, 10]', parse_int=lambda s: 'int:' + s))
print(json.loads('[1, 2.5]', parse_int=float, parse_float=lambda s: round(float(s))))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: '<' + s + '>'))


def no_constants(name):
    raise ValueError('constant not allowed: ' + name)


try:
    json.loads('[1, NaN]', parse_constant=no_constants)
except ValueError as e:
    print('ValueError', e)


class Money:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return 'Money(%r)' % self.text


print(json.loads('{"price": 10.50, "qty": 3}', parse_float=Money))

# A hook that raises propagates unchanged.
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)


# Decoding custom objects (class hinting).
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def as_point(d):
    if d.get('__point__'):
        return Point(d['x'], d['y'])
    return d


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': True, 'x': o.x, 'y': o.y}
        return json.JSONEncoder.default(self, o)


text = json.dumps({'pts': [Point(1, 2), Point(-1.5, 0)], 'n': 2},
                  cls=PointEncoder)
print(text)
print(json.loads(text, object_hook=as_point))


# cls= with a JSONDecoder subclass; extra keyword arguments reach it.
class MyDecoder(json.JSONDecoder):
    def __init__(self, *, tag='T', **kw):
        self.tag = tag
        kw.setdefault('object_hook', self.hook)
        super().__init__(**kw)

    def hook(self, d):
        return (self.tag, d)


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder, tag='X'))
print(json.loads('[1, 2]', cls=MyDecoder, parse_int=str))


class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())


print(json.loads('[true]', cls=UpperDecoder) if False else
      json.loads('{"a": "b"}', cls=UpperDecoder))

dec = json.JSONDecoder(object_pairs_hook=dict, parse_int=float, strict=False)
print(dec.object_hook, dec.object_pairs_hook is dict, dec.parse_int is float,
      dec.parse_float is float, dec.strict)
print(dec.decode('{"n": 5, "s": "a\tb"}'))
print(dec.parse_constant('NaN'), dec.parse_constant('-Infinity'))

# json.decoder.scanstring
from json.decoder import scanstring
print(scanstring('"hello" rest', 1))
print(scanstring('x"a\\nb\\u00e9"', 2))
print(scanstring('"a\tb"', 1, False))
for args in [('"abc', 1), ('"a\\q"', 1), ('"abc"', 10), ('"abc"', -1)]:
    try:
        print(scanstring(*args))
    except ValueError as e:
        print(type(e).__name__, e)

# json.encoder helpers
from json.encoder import encode_basestring, encode_basestring_ascii
print(encode_basestring('a"b\\c\n\u20ac'), encode_basestring_ascii('a"b\\c\n\u20ac'))
print(json.encoder.ESCAPE_DCT['\n'], json.encoder.ESCAPE_DCT['\x00'],
      len(json.encoder.ESCAPE_DCT))
print(sorted(json.__all__))
