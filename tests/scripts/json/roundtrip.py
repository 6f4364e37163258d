# Round trips through json.dumps / json.loads with the default options.
import json

values = [
    None, True, False, 0, 1, -1, 123456789, -987654321,
    2 ** 64, -(2 ** 100), 10 ** 40,
    0.0, -0.0, 1.5, -2.25, 0.1, 1e16, 1e-7, 1.7976931348623157e308,
    5e-324, 123456.789, 3.141592653589793, 1e22, 1e21, 100.0,
    '', 'hello', 'with "quotes" and \\backslash\\', 'tab\there\nnewline',
    [], {}, [1, 2, 3], [[[]]], {'a': {'b': {'c': []}}},
    {'list': [1, 'two', 3.0, None, True, False], 'nested': {'x': [{}]}},
    [1, [2, [3, [4, [5]]]]],
]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, '->', repr(back), back == v, type(back).__name__)

# Tuples become lists; the round trip is not the identity.
t = (1, (2, 3), [4, (5,)])
print(json.dumps(t), json.loads(json.dumps(t)))

# Key coercion: int, float, bool and None keys become strings.
d = {1: 'int', 2.5: 'float', True: 'true', None: 'none', 'str': 's', -3: 'neg'}
s = json.dumps(d)
print(s)
print(json.loads(s))
print(json.dumps({False: 0, 10 ** 20: 1, 1e100: 2, float('inf'): 3,
                  float('-inf'): 4}))

# Duplicate keys: the last one wins.
print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))

# Big documents.
big = [{'id': i, 'name': 'item%d' % i, 'vals': [i, i * 0.5, str(i)]}
       for i in range(200)]
s = json.dumps(big)
print(len(s), json.loads(s) == big)
s = json.dumps(big, indent=4, sort_keys=True)
print(len(s), json.loads(s) == big)

# Numbers as parsed.
for text in ['0', '-0', '-0.0', '1.0', '1e2', '1E2', '1e-2', '1.5e+3', '-12.5E-1',
             '123456789012345678901234567890', '1.0000000000000002',
             '0.30000000000000004', '1e400', '-1e400', '1e-400', '2.5e0']:
    v = json.loads(text)
    print(text, repr(v), type(v).__name__)

# NaN and infinities (not JSON, accepted and produced by default).
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
v = json.loads('[NaN, Infinity, -Infinity]')
print(v, v[0] != v[0])

# Whitespace around values is allowed.
print(json.loads(' \t\n\r[ 1 ,\n 2 ,\t3 ] \n'))
print(json.loads('\n{\n  "a" : 1 ,\r\n  "b":[ ]\n}\n'))

# Subclasses of the basic types.
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, 2]),
                  MyDict(a=1), (MyInt(1),)]))
print(json.dumps({MyInt(3): MyFloat(0.5), MyStr('k'): MyList()}))
print(json.dumps(True), json.dumps(False), json.dumps(None))
print(json.dumps(1 == 1), json.dumps([True, 1, 1.0]))
