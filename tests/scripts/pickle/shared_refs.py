# Object identity: shared references stay shared, cycles round-trip.
import pickle

def rt(x):
    return pickle.loads(pickle.dumps(x))

inner = [1, 2]
outer = [inner, inner, (inner,)]
r = rt(outer)
print(r, r[0] is r[1], r[2][0] is r[0])

s = 'a shared string ' * 3
r = rt([s, s, {s: s}])
print(r[0] is r[1], r[0] == s)

b = b'shared bytes'
r = rt((b, b))
print(r[0] is r[1])

d = {'k': 1}
r = rt({'a': d, 'b': d, 'c': [d]})
print(r['a'] is r['b'], r['c'][0] is r['a'])

# A list that contains itself.
l = [1]
l.append(l)
r = rt(l)
print(r[0], r[1] is r, repr(r))

# A dict that contains itself.
d = {}
d['self'] = d
r = rt(d)
print(r['self'] is r, repr(r))

# A tuple cycle through a list.
lst = []
t = (lst, 5)
lst.append(t)
r = rt(t)
print(r[1], r[0][0] is r, type(r).__name__)

# Mutual recursion between two lists.
a = []
b = [a]
a.append(b)
r = rt(a)
print(r[0][0] is r)

# Self-referencing instance and mutually referencing instances.
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __repr__(self):
        return 'Node(%s)' % self.name

n1, n2, n3 = Node('a'), Node('b'), Node('c')
n1.links = [n2, n3]
n2.links = [n1]
n3.links = [n3, n1]
n1.me = n1
r1 = rt(n1)
r2, r3 = r1.links
print(r1, r2, r3)
print(r2.links[0] is r1, r3.links[0] is r3, r3.links[1] is r1, r1.me is r1)

# Shared sets and frozensets.
fs = frozenset([1, 2])
st = {3}
r = rt([fs, fs, st, st])
print(r[0] is r[1], r[2] is r[3], sorted(r[0]))

# Graph in a dict of lists (like a task payload).
nodes = [[] for _ in range(5)]
for i, n in enumerate(nodes):
    n.append(nodes[(i + 1) % 5])
r = rt({'nodes': nodes})
rn = r['nodes']
print(all(rn[i][0] is rn[(i + 1) % 5] for i in range(5)))

# Copies are independent of the original.
orig = [[0]]
copy = rt(orig)
copy[0].append(1)
print(orig, copy)
