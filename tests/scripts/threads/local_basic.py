# threading.local: attributes are private to each thread.
import threading

data = threading.local()
data.x = 'main'
print(type(data).__name__, data.x)

seen = []


def worker(name):
    seen.append((name, hasattr(data, 'x')))
    data.x = name
    seen.append((name, data.x))


t1 = threading.Thread(target=worker, args=('t1',))
t1.start()
t1.join()
t2 = threading.Thread(target=worker, args=('t2',))
t2.start()
t2.join()
print(seen)
print('main still sees', data.x)

try:
    data.missing
except AttributeError as e:
    print('AttributeError:', e)
del data.x
print(hasattr(data, 'x'))
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)

# two threads alive at the same time, each with its own value
barrier = threading.Barrier(2)
values = {}


def concurrent(n):
    data.v = n
    barrier.wait()          # both have set their value now
    values[n] = data.v


ts = [threading.Thread(target=concurrent, args=(n,)) for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(values)

# __dict__ is per thread too
data.a = 1
d = []
t = threading.Thread(target=lambda: d.append(dict(data.__dict__)))
t.start()
t.join()
print(d, data.__dict__)
