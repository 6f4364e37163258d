# threading.RLock: reentrancy, ownership, errors.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
print(r._is_owned())
r.release()
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

with r:
    with r:
        print('nested with ok')

# another thread cannot take it, nor release it
r.acquire()
out = []


def other():
    out.append(r.acquire(timeout=0.02))
    out.append(r.acquire(False))
    out.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(out)
r.release()


# once free, the other thread gets it
def take():
    with r:
        out.append('taken in thread')


t = threading.Thread(target=take)
t.start()
t.join()
print(out[-1])


# recursion while holding the lock
def fact(n):
    with r:
        return 1 if n <= 1 else n * fact(n - 1)


print(fact(10))
