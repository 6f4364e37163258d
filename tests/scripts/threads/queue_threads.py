# queue between threads: blocking get/put, task_done/join.
import threading
import queue

# producer/consumer through a small bounded queue
q = queue.Queue(maxsize=2)
got = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)


def producer():
    for i in range(20):
        q.put(i)            # blocks whenever the consumer is behind
    q.put(None)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(got)

# get() blocks until another thread puts
later = queue.Queue()
ready = threading.Event()
out = []


def getter():
    ready.set()
    out.append(later.get())


t = threading.Thread(target=getter)
t.start()
ready.wait()
later.put('hello')
t.join()
print(out)

# put() on a full queue blocks until another thread gets
full = queue.Queue(1)
full.put('first')
done = threading.Event()


def putter():
    full.put('second')
    done.set()


t = threading.Thread(target=putter)
t.start()
print('putter done before get:', done.wait(0.02))
print(full.get())
t.join()
print('putter done after get:', done.is_set(), full.get())

# join() waits for task_done() of every item
work = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            processed.append(item * 2)
        work.task_done()


workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    work.put(i)
work.join()
print('after join:', len(processed), sorted(processed)[:5], work.unfinished_tasks)
for w in workers:
    work.put(None)
work.join()
for w in workers:
    w.join()
print('workers stopped:', not any(w.is_alive() for w in workers))

# several producers, several consumers: every item arrives exactly once
mpq = queue.Queue(maxsize=5)
received = []
rlock = threading.Lock()


def prod(base):
    for i in range(25):
        mpq.put(base + i)


def cons():
    while True:
        x = mpq.get()
        if x is None:
            return
        with rlock:
            received.append(x)


producers = [threading.Thread(target=prod, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=cons) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    mpq.put(None)
for t in consumers:
    t.join()
print(len(received), sorted(received) == sorted(
    list(range(25)) + list(range(100, 125)) + list(range(200, 225))))
