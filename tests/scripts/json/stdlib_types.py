# json with collections types, namedtuples, views via default, and threads.
import json, collections
od = collections.OrderedDict([('b', 1), ('a', 2)])
print(json.dumps(od), json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.dumps(collections.defaultdict(list, {'x': [1]})))
print(json.dumps(collections.Counter('aab'), sort_keys=True))
print(json.dumps({'k': collections.deque([1])}, default=list))
nt = collections.namedtuple('P', 'x y')(1, 2)
print(json.dumps(nt), json.dumps({'p': nt}, indent=1))
print(json.dumps(list(range(5))), json.dumps({'a': 1}.keys(), default=list))
import threading
out = []
def work(i):
    for j in range(200):
        s = json.dumps({'i': i, 'j': [j, str(j)]})
        assert json.loads(s) == {'i': i, 'j': [j, str(j)]}
    out.append(i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
print(json.loads('1.5'), json.loads('"x"'), json.loads('  null  '))
print(repr(json.dumps(-0.0)), json.dumps(float('1e-320')))
