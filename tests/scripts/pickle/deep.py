# Deep nesting: moderate depths round-trip, extreme depths raise RecursionError.
import pickle
import sys

def nested(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x

def depth_of(x):
    d = 0
    while x:
        x = x[0]
        d += 1
    return d

for depth in (10, 100, 400):
    print(depth, depth_of(pickle.loads(pickle.dumps(nested(depth)))))


deep = nested(100000)
try:
    pickle.dumps(deep)
except RecursionError as e:
    print('RecursionError:', e)

d = {}
cur = d
for i in range(50000):
    cur['k'] = {}
    cur = cur['k']
try:
    pickle.dumps(d)
except RecursionError as e:
    print('RecursionError:', e)

class Node:
    def __init__(self, child):
        self.child = child

n = None
for i in range(20000):
    n = Node(n)
try:
    pickle.dumps(n)
except RecursionError as e:
    print('RecursionError:', e)

t = ()
for i in range(100000):
    t = (t,)
try:
    pickle.dumps(t)
except RecursionError as e:
    print('RecursionError:', e)

# The pickler still works afterwards.
print(pickle.loads(pickle.dumps(nested(50))) == nested(50))

# Long flat structures are not deep.
flat = list(range(200000))
print(pickle.loads(pickle.dumps(flat)) == flat)
chain = {}
for i in range(1000):
    chain[i] = [i] * 3
print(pickle.loads(pickle.dumps(chain)) == chain)
