# Shared memory (Value, Array, RawValue, RawArray) and process-shared
# synchronisation (Lock, RLock, Semaphore, BoundedSemaphore, Condition,
# Event, Barrier) between forked processes.
import multiprocessing as mp


def bump(counter, arr, raw, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    arr[0] = 42
    raw[1] = 2.5


def fill(a, lo, hi):
    for i in range(lo, hi):
        a[i] = i * i


def waiter(cond, ready, ev, out):
    with cond:
        ready.release()
        cond.wait_for(lambda: out[0] == 1, 10)
        out[1] = 7
    ev.set()


def at_barrier(b, out, i):
    out[i] = b.wait(10) + 100


def hold(lock, sem, evt):
    with lock:
        evt.set()
        sem.acquire()


if __name__ == '__main__':
    counter = mp.Value('i', 0)
    arr = mp.Array('i', [1, 2, 3])
    raw = mp.RawArray('d', 3)
    ps = [mp.Process(target=bump, args=(counter, arr, raw, 200)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value, arr[:], raw[:], len(arr), len(raw))
    print(counter, mp.RawValue('d', 1.5), mp.RawValue('i'), mp.Value('d', lock=False))
    big = mp.RawArray('q', 100)
    ps = [mp.Process(target=fill, args=(big, k * 25, k * 25 + 25)) for k in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sum(big), big[99], list(big)[:5], big[2:5])
    print(mp.RawArray('i', range(4))[:], mp.Array('d', 2, lock=False)[:])
    a2 = mp.Array('i', 4)
    a2[1:3] = [5, 6]
    print(a2[:], a2.get_obj()[:], a2.get_lock() is not None)
    with a2:
        print('locked array')
    v = mp.Value('i', 5, lock=mp.Lock())
    print(repr(v.get_lock()), v.value)
    lock, rlock = mp.Lock(), mp.RLock()
    print(lock, rlock)
    with lock:
        print(lock, lock.acquire(False))
    rlock.acquire(); rlock.acquire()
    print(rlock)
    rlock.release(); rlock.release()
    try:
        rlock.release()
    except AssertionError as e:
        print('AssertionError', e)
    sem = mp.Semaphore(2)
    print(sem, sem.acquire(), sem.acquire(), sem.acquire(timeout=0.05), sem.get_value())
    sem.release()
    bsem = mp.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError', e)
    print(bsem, mp.Condition())
    cond = mp.Condition()
    ready = mp.Semaphore(0)
    ev = mp.Event()
    out = mp.Array('i', 2)
    print(ev.is_set(), ev.wait(0.01))
    p = mp.Process(target=waiter, args=(cond, ready, ev, out))
    p.start()
    ready.acquire()
    with cond:
        out[0] = 1
        cond.notify_all()
    print(ev.wait(10), out[:])
    p.join()
    ev.clear()
    print(ev.is_set())
    b = mp.Barrier(3)
    res = mp.Array('i', 3)
    ps = [mp.Process(target=at_barrier, args=(b, res, i)) for i in range(2)]
    for p in ps: p.start()
    res[2] = b.wait(10) + 100
    for p in ps: p.join()
    print(sorted(res[:]), b.parties, b.n_waiting, b.broken)
    lk, s0, e2 = mp.Lock(), mp.Semaphore(0), mp.Event()
    p = mp.Process(target=hold, args=(lk, s0, e2))
    p.start()
    e2.wait(10)
    print(lk.acquire(timeout=0.05), lk)
    s0.release()
    p.join()
    print(lk.acquire(timeout=5), p.exitcode)
