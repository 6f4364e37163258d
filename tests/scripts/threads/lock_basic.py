# threading.Lock: acquire/release, non-blocking and timed acquire, errors,
# mutual exclusion between threads.
import threading

lock = threading.Lock()
print(type(lock) is type(threading.Lock()), lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.ThreadError is RuntimeError)

for args, kwargs in [((False, 1), {}), ((True, -2), {}),
                     ((), {'blocking': False, 'timeout': 0.5})]:
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print('ValueError:', e)

with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())

# a lock held by one thread blocks another; releasing from another
# thread is allowed for plain locks
held = threading.Lock()
held.acquire()
result = []


def try_it():
    result.append(held.acquire(timeout=0.02))
    result.append(held.acquire(False))


t = threading.Thread(target=try_it)
t.start()
t.join()
print(result)


def release_it():
    held.release()


t = threading.Thread(target=release_it)
t.start()
t.join()
print('released by another thread:', held.locked())

# a counter incremented under a lock by many threads
counter = [0]
counter_lock = threading.Lock()


def add(n):
    for _ in range(n):
        with counter_lock:
            value = counter[0]
            counter[0] = value + 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0])

# a lock handed back and forth orders the threads
turn = threading.Lock()
turn.acquire()
order = []


def second():
    turn.acquire()
    order.append('second')


t = threading.Thread(target=second)
t.start()
order.append('first')
turn.release()
t.join()
print(order)
