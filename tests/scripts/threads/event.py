# threading.Event
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.02), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# one set() wakes every waiter
go = threading.Event()
ready = [threading.Event() for _ in range(4)]
results = []
lock = threading.Lock()


def waiter(i):
    ready[i].set()
    r = go.wait()
    with lock:
        results.append((i, r))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for r in ready:
    r.wait()
print('before set:', results)
go.set()
for t in threads:
    t.join()
print('after set:', sorted(results))

# wait with a timeout that runs out returns False, and True once set
late = threading.Event()
out = []


def timed():
    out.append(late.wait(0.01))
    out.append(late.wait())


t = threading.Thread(target=timed)
t.start()
while not out:
    late.wait(0.001)
late.set()
t.join()
print(out)

# ping-pong between two threads with two events
ping = threading.Event()
pong = threading.Event()
trace = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        trace.append('pong %d' % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    trace.append('ping %d' % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)
