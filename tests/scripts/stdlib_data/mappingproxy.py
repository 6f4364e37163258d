import types, enum, dataclasses
d = {'a': 1, 'b': 2}
m = types.MappingProxyType(d)
print(m, str(m), m['a'], len(m), 'a' in m, list(m), m == d, m == types.MappingProxyType(d), list(reversed(m)))
d['c'] = 3; print(m.get('c'), sorted(m.keys()), m.copy())
try: m['x'] = 1
except TypeError as e: print(e)
try: hash(m)
except TypeError as e: print(e)
try: types.MappingProxyType([1])
except TypeError as e: print(e)
class C(enum.Enum):
    A = 1; B = 2
print(C.__members__, type(C.__members__).__name__, list(C.__members__))
@dataclasses.dataclass
class P:
    x: int = dataclasses.field(default=0, metadata={'u': 'm'})
f = dataclasses.fields(P)[0]; print(f.metadata, f.metadata['u'])
import collections
print(types.MappingProxyType(collections.OrderedDict(a=1))['a'], type.__dict__['__name__'] is not None)
