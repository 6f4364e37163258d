# threading.Barrier: rounds, indices, action, abort, reset, timeouts.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)

actions = []
lock = threading.Lock()
indices = []
bar = threading.Barrier(3, action=lambda: actions.append('tripped'))


def worker(rounds):
    for r in range(rounds):
        i = bar.wait()
        with lock:
            indices.append((r, i))


threads = [threading.Thread(target=worker, args=(4,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(actions)
for r in range(4):
    print('round', r, sorted(i for (rr, i) in indices if rr == r))
print(bar.n_waiting, bar.broken)

# a single party never waits
one = threading.Barrier(1)
print(one.wait(), one.wait())

# abort breaks the barrier for the thread waiting in it and for later calls
ab = threading.Barrier(2)
caught = []


def abort_waiter():
    try:
        ab.wait()
    except threading.BrokenBarrierError as e:
        caught.append(type(e).__name__)


t = threading.Thread(target=abort_waiter)
t.start()
while ab.n_waiting != 1:
    t.join(0.001)
print('waiting:', ab.n_waiting)
ab.abort()
t.join()
print(caught, ab.broken, ab.n_waiting)
try:
    ab.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(str(e)))
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# reset makes it usable again
ab.reset()
print('after reset broken:', ab.broken)
t = threading.Thread(target=ab.wait)
t.start()
ab.wait()
t.join()
print('passed after reset')

# reset while a thread waits: that thread gets BrokenBarrierError
rb = threading.Barrier(2)
got = []


def reset_waiter():
    try:
        rb.wait()
        got.append('passed')
    except threading.BrokenBarrierError:
        got.append('broken by reset')


t = threading.Thread(target=reset_waiter)
t.start()
while rb.n_waiting != 1:
    t.join(0.001)
rb.reset()
t.join()
print(got, rb.broken)

# a timeout breaks the barrier
tb = threading.Barrier(2, timeout=0.02)
try:
    tb.wait()
except threading.BrokenBarrierError:
    print('timed out; broken:', tb.broken)
tb2 = threading.Barrier(2)
try:
    tb2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('explicit timeout; broken:', tb2.broken)

# an action that fails breaks the barrier; the last thread gets the error
def bad_action():
    raise ValueError('action failed')


fb = threading.Barrier(2, action=bad_action)
res = []


def fb_waiter():
    try:
        fb.wait()
    except threading.BrokenBarrierError:
        res.append('other: broken')


t = threading.Thread(target=fb_waiter)
t.start()
while fb.n_waiting != 1:
    t.join(0.001)
try:
    fb.wait()
except ValueError as e:
    res.append('last: ' + str(e))
t.join()
print(sorted(res), fb.broken)
