# queue.SimpleQueue
import threading
import queue

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.empty(), sq.qsize())
print(sq.get(), sq.get_nowait(), sq.get(block=False))
try:
    sq.get_nowait()
except queue.Empty:
    print('Empty')
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
print(hasattr(sq, 'task_done'), hasattr(sq, 'join'), hasattr(sq, 'maxsize'))

# blocking get woken by a put from another thread
ready = threading.Event()
got = []


def getter():
    ready.set()
    got.append(sq.get())
    got.append(sq.get(timeout=30))


t = threading.Thread(target=getter)
t.start()
ready.wait()
sq.put('a')
sq.put('b')
t.join()
print(got)

# many threads putting, one getting
def put_many(base):
    for i in range(50):
        sq.put(base + i)


ts = [threading.Thread(target=put_many, args=(b,)) for b in (0, 1000)]
for t in ts:
    t.start()
items = [sq.get() for _ in range(100)]
for t in ts:
    t.join()
print(len(items), sq.empty())
# each producer's items come out in its own order
print([x for x in items if x < 1000] == list(range(50)),
      [x for x in items if x >= 1000] == list(range(1000, 1050)))
