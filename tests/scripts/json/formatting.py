# dumps options: indent, separators, sort_keys, skipkeys, ensure_ascii...
import json

data = {'b': [1, 2, {'z': None, 'y': [True, False]}], 'a': 'text',
        'c': {}, 'd': [], 'e': {'inner': [[], {}]}, 'f': 1.5}

for indent in [None, 0, 1, 2, 4, -1, '', '\t', '--> ']:
    print('indent=%r' % (indent,))
    print(json.dumps(data, indent=indent))

print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(', ', ' = '), sort_keys=True))
print(json.dumps(data, indent=3, separators=(' ,', ' : ')))
print(json.dumps([1, [2, 3]], indent=2, separators=(',', ':')))

# An indent without separators uses ',' (no trailing spaces).
print(repr(json.dumps([1, 2], indent=2)))
print(repr(json.dumps({'a': 1, 'b': 2}, indent=0)))

# sort_keys with numeric keys and mixed keys.
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2, 'A': 3, '': 4}, sort_keys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)

# skipkeys drops keys that are not str/int/float/bool/None.
d = {(1, 2): 'tuple', 'ok': 1, frozenset(): 2, 3: 'three'}
print(json.dumps(d, skipkeys=True))
print(json.dumps(d, skipkeys=True, indent=1))
print(json.dumps({(1,): 1}, skipkeys=True))
print(json.dumps({(1,): 1}, skipkeys=True, indent=2))

# ensure_ascii
s = {'name': 'caf\xe9 \u2603 \U0001f600', 'ctl': '\x00\x1f\x7f'}
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps(s, ensure_ascii=False, indent=1))

# check_circular=False without cycles is fine.
shared = [1, 2]
print(json.dumps([shared, shared, {'s': shared}], check_circular=False))
print(json.dumps([shared, shared], check_circular=True))

# default=
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def point_default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}, {'p': Point(0, Point(5, 6))}],
                 default=point_default))
print(json.dumps([Point(1, 2)], default=point_default, indent=2))
print(json.dumps(Point(1, 2), default=lambda o: 'point'))
print(json.dumps(Point(1, 2), default=lambda o: [o.x, o.y], indent='  '))

# JSONEncoder used directly.
enc = json.JSONEncoder(indent=2, sort_keys=True, separators=(',', ': '))
print(enc.encode({'b': 1, 'a': [1, 2]}))
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
enc = json.JSONEncoder()
print(repr(enc.item_separator), repr(enc.key_separator), enc.skipkeys,
      enc.ensure_ascii, enc.check_circular, enc.allow_nan)
print(enc.encode('just a string'), enc.encode('\xe9'),
      json.JSONEncoder(ensure_ascii=False).encode('\xe9'))
print(list(enc.iterencode({'a': [1, 2, {'b': None}], 'c': 'd'})))
print(list(json.JSONEncoder(indent=1).iterencode([1, {'x': []}])))
print(''.join(enc.iterencode([])), ''.join(enc.iterencode(5)))

# Floats: repr format.
print(json.dumps([1.0, 1e16, 1.5e-10, 1e300 * 10, -1e300 * 10, 0.1 + 0.2,
                  2.0 ** 0.5, 1e-5, 12345678901234567890.0]))
