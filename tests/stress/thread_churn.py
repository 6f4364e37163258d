# Stress: threads that start threads, threads that raise, locks passed
# around, thread-local data, and generators handed from one thread to
# another — many short-lived threads instead of a few long ones.
import os
import threading

SCALE = float(os.environ.get("STRESS_SCALE", "1"))
WAVES = int(40 * SCALE)

errors = []
threading.excepthook = lambda args: errors.append(type(args.exc_value).__name__)
done = []
lock = threading.Lock()
local = threading.local()


def leaf(i):
    local.value = i
    if i % 5 == 0:
        raise ValueError(i)
    with lock:
        done.append(local.value)


def parent(wave):
    kids = [threading.Thread(target=leaf, args=(wave * 10 + k,)) for k in range(10)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


def numbers(n):
    for i in range(n):
        yield i


for wave in range(WAVES):
    p = threading.Thread(target=parent, args=(wave,))
    p.start()
    p.join()

# A generator started in one thread and finished in others.
gen = numbers(300)
first = [next(gen) for _ in range(100)]
rest = []
def drain():
    for _ in range(100):
        rest.append(next(gen))
for _ in range(2):
    t = threading.Thread(target=drain)
    t.start()
    t.join()

print("leaves that finished:", len(done) == WAVES * 8)
print("exceptions reported:", errors.count("ValueError") == WAVES * 2)
print("generator across threads:", first + rest == list(range(300)))
print("threads left:", threading.active_count())
