# threading.Condition: wait/notify/notify_all/wait_for, errors, timeouts.
import threading

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify_all()
except RuntimeError as e:
    print('RuntimeError:', e)

# a wait with a timeout and nobody to notify returns False
with cond:
    print('wait timeout ->', cond.wait(0.02))
    print('wait 0 ->', cond.wait(0))
    print('wait_for true ->', cond.wait_for(lambda: 'yes'))
    print('wait_for false ->', cond.wait_for(lambda: 0, timeout=0.02))

# acquire/release are the lock's
lock = threading.Lock()
c2 = threading.Condition(lock)
print(c2.acquire(), lock.locked())
c2.release()
print(lock.locked())

# notify wakes one waiter at a time; notify_all wakes the rest.  Two
# conditions share one lock: the workers wait on `waiting`, and report
# their progress to the main thread through `progress`.
shared = threading.Lock()
waiting = threading.Condition(shared)
progress = threading.Condition(shared)
state = {'ready': 0}
woken = []


def waiter(i):
    with waiting:
        state['ready'] += 1
        progress.notify()
        waiting.wait()
        woken.append(i)
        progress.notify()


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with waiting:
    progress.wait_for(lambda: state['ready'] == 5)
    print('all waiting')
    waiting.notify()
    progress.wait_for(lambda: len(woken) == 1)
    print('woken after notify():', len(woken))
    waiting.notify(2)
    progress.wait_for(lambda: len(woken) == 3)
    print('woken after notify(2):', len(woken))
    print('still waiting:', len(waiting._waiters))
    waiting.notify_all()
for t in threads:
    t.join()
print('woken after notify_all():', sorted(woken))

# notify with nobody waiting is fine
with cond:
    cond.notify()
    cond.notify_all()
print('ok')

# waiting on an RLock acquired twice releases it completely
r = threading.RLock()
rc = threading.Condition(r)
flag = []


def setter():
    with rc:                        # would block if wait() kept the RLock
        flag.append(1)
        rc.notify()


with rc:
    with rc:
        t = threading.Thread(target=setter)
        t.start()
        print('wait_for ->', rc.wait_for(lambda: flag))
        print('still owned twice:', r._is_owned())
    print('owned once:', r._is_owned())
print('released:', r._is_owned())
t.join()
