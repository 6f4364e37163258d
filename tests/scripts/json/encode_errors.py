# Encoding errors: unserializable objects, circular references, bad keys,
# out-of-range floats.
import json
import io


class Thing:
    pass


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)


show('object', lambda: json.dumps(object()))
show('Thing', lambda: json.dumps([1, {'a': Thing()}]))
show('Thing indent', lambda: json.dumps([1, {'a': Thing()}], indent=2))
show('set', lambda: json.dumps({1, 2}))
show('bytes', lambda: json.dumps(b'abc'))
show('complex-ish', lambda: json.dumps(range(3)))
show('type', lambda: json.dumps(int))
show('func', lambda: json.dumps(len))

show('tuple key', lambda: json.dumps({(1, 2): 3}))
show('tuple key indent', lambda: json.dumps({(1, 2): 3}, indent=1))
show('Thing key', lambda: json.dumps({Thing(): 1}))
show('bytes key', lambda: json.dumps({b'k': 1}))
show('frozenset key', lambda: json.dumps({frozenset(): 1}, sort_keys=False))

# Out-of-range floats with allow_nan=False: CPython's C encoder (dumps
# without indent) and its Python encoder (indent, dump, iterencode) word the
# message differently.
for v in [float('nan'), float('inf'), float('-inf')]:
    show('allow_nan=False %r' % v, lambda: json.dumps(v, allow_nan=False))
    show('allow_nan=False list %r' % v,
         lambda: json.dumps([1, v], allow_nan=False))
    show('allow_nan=False indent %r' % v,
         lambda: json.dumps([v], allow_nan=False, indent=2))
    show('allow_nan=False key %r' % v,
         lambda: json.dumps({v: 1}, allow_nan=False))
    show('allow_nan=False iterencode %r' % v,
         lambda: list(json.JSONEncoder(allow_nan=False).iterencode([v])))
    f = io.StringIO()
    show('allow_nan=False dump %r' % v,
         lambda: json.dump({'a': [v]}, f, allow_nan=False))
    print('  partial output:', repr(f.getvalue()))
show('allow_nan=False finite', lambda: json.dumps([1.5, 2.0], allow_nan=False))

# Circular references.
lst = [1, 2]
lst.append(lst)
show('list cycle', lambda: json.dumps(lst))
show('list cycle indent', lambda: json.dumps(lst, indent=2))
d = {'a': 1}
d['self'] = d
show('dict cycle', lambda: json.dumps(d))
show('dict cycle sort', lambda: json.dumps(d, sort_keys=True))
d2 = {'x': [{'y': []}]}
d2['x'][0]['y'].append(d2)
show('deep cycle', lambda: json.dumps(d2))
f = io.StringIO()
show('dump cycle', lambda: json.dump(d2, f))
print('  partial output:', repr(f.getvalue()))


class Node:
    def __init__(self):
        self.other = self


show('default cycle', lambda: json.dumps(Node(), default=lambda o: o.other))
show('default cycle indent',
     lambda: json.dumps(Node(), default=lambda o: o.other, indent=1))
show('default returns list with self',
     lambda: json.dumps(Node(), default=lambda o: [o]))

# The same object twice (not a cycle) is fine.
shared = {'k': [1]}
show('shared', lambda: json.dumps([shared, shared, [shared]]))
node = Thing()
show('shared via default',
     lambda: json.dumps([node, node], default=lambda o: 'thing'))

# default raising its own error.
def bad_default(o):
    raise ValueError('no way: ' + type(o).__name__)


show('bad default', lambda: json.dumps([Thing()], default=bad_default))

# A JSONEncoder subclass that calls the base default.
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


show('SetEncoder ok', lambda: json.dumps({'s': {3, 1}}, cls=SetEncoder))
show('SetEncoder fail', lambda: json.dumps({'s': Thing()}, cls=SetEncoder))
show('SetEncoder encode', lambda: SetEncoder(indent=1).encode([frozenset('ab')]))

# Unknown keyword arguments reach the encoder class.
show('bad kw', lambda: json.dumps(1, bogus=True))
show('bad kw loads', lambda: json.loads('1', bogus=True))
show('separators wrong', lambda: json.dumps([1], separators=(',',)))
