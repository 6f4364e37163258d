# Pickler / Unpickler subclasses: persistent ids, find_class, memo.
import io
import pickle

class Resource:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Resource(%r)' % self.name

registry = {'db': Resource('db'), 'cache': Resource('cache')}

class RefPickler(pickle.Pickler):
    def __init__(self, file, log):
        super().__init__(file)
        self.log = log
    def persistent_id(self, obj):
        self.log.append(type(obj).__name__)
        if isinstance(obj, Resource):
            return ('res', obj.name)
        return None

class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        print('persistent_load', pid)
        kind, name = pid
        return registry[name]

payload = {'conn': registry['db'], 'others': [registry['cache'], registry['db']], 'n': 5, 'none': None}
log = []
buf = io.BytesIO()
RefPickler(buf, log).dump(payload)
print('persistent_id saw', sorted(set(log)))
print('consulted for every object', log.count('Resource'), log.count('int'), log.count('NoneType'))
buf.seek(0)
out = RefUnpickler(buf).load()
print(out)
print(out['conn'] is registry['db'], out['others'][1] is registry['db'])

# The id itself is pickled normally (may be any picklable object).
class IntIds(pickle.Pickler):
    def persistent_id(self, obj):
        return 1000 + obj if type(obj) is int and obj < 0 else None

class IntLoads(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'pid:%d' % pid

buf = io.BytesIO()
IntIds(buf).dump([1, -1, 2, -2])
buf.seek(0)
print(IntLoads(buf).load())

# Without persistent_load, a persistent id cannot be loaded.
buf.seek(0)
try:
    pickle.Unpickler(buf).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)

# persistent_id set as an instance attribute.
buf = io.BytesIO()
p = pickle.Pickler(buf)
p.persistent_id = lambda obj: 'X' if obj == 'secret' else None
p.dump(['public', 'secret'])
buf.seek(0)
u = pickle.Unpickler(buf)
u.persistent_load = lambda pid: '<%s>' % pid
print(u.load())

# A persistent_id that raises.
class Failing(pickle.Pickler):
    def persistent_id(self, obj):
        if obj == 3:
            raise ValueError('cannot share 3')
        return None

try:
    Failing(io.BytesIO()).dump([1, 2, 3])
except ValueError as e:
    print('ValueError:', e)

# find_class restricts what may be loaded.
class Safe(pickle.Unpickler):
    def find_class(self, module, name):
        print('find_class', module, name)
        if module == 'builtins' and name in ('set', 'frozenset', 'len'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))

print(Safe(io.BytesIO(pickle.dumps(len))).load())
try:
    Safe(io.BytesIO(pickle.dumps(print))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)
print(pickle.Unpickler(io.BytesIO(pickle.dumps(1))).find_class('math', 'sqrt')(4.0))

# The memo lasts across dump() calls of one Pickler (and load() calls of one Unpickler).
shared = [1, 2]
buf = io.BytesIO()
p = pickle.Pickler(buf)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
buf.seek(0)
u = pickle.Unpickler(buf)
a, b, c = u.load(), u.load(), u.load()
print(a, a is b, a is c, a == c)

# A subclass that forgets to call __init__.
class Forgetful(pickle.Pickler):
    def __init__(self):
        pass

try:
    Forgetful().dump(1)
except pickle.PicklingError as e:
    print('PicklingError:', e)

class ForgetfulU(pickle.Unpickler):
    def __init__(self):
        pass

try:
    ForgetfulU().load()
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)

print(isinstance(RefPickler(io.BytesIO(), []), pickle.Pickler), pickle.Pickler.__name__, pickle.Unpickler.__name__)
