# Semaphore and BoundedSemaphore.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s._value)
for bad in [lambda: s.release(0), lambda: threading.Semaphore(-1),
            lambda: s.acquire(False, 1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
with s:
    print('in with', s._value)
print('after with', s._value)
print(threading.Semaphore()._value, threading.Semaphore(0).acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError:', e)
b.release(2)
print(b._value, isinstance(b, threading.Semaphore))

# at most 3 threads inside at once
limit = threading.BoundedSemaphore(3)
inside = [0]
peak = [0]
count_lock = threading.Lock()
gate = threading.Event()


def worker():
    with limit:
        with count_lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        gate.wait()
        with count_lock:
            inside[0] -= 1


threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
# wait until three are inside
while True:
    with count_lock:
        if inside[0] == 3:
            break
    gate.wait(0.001)
print('inside now:', inside[0])
gate.set()
for t in threads:
    t.join()
print('peak:', peak[0], 'inside at end:', inside[0], 'value:', limit._value)

# a semaphore used as a signal between threads
sig = threading.Semaphore(0)
order = []


def signaller():
    order.append('thread')
    sig.release()


t = threading.Thread(target=signaller)
t.start()
sig.acquire()
order.append('main')
t.join()
print(order)
