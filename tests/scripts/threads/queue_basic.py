# queue: FIFO/LIFO/priority order, sizes, the non-blocking calls.
import queue

print(queue.Empty, queue.Full, queue.SimpleQueue)
print(sorted(queue.__all__))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])

lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (5, 'e'), (2, 'b'), (4, 'd'), (1, 'A')]:
    pq.put(item)
print([pq.get() for _ in range(6)])
pq2 = queue.PriorityQueue()
for n in [9, 2, 7, 2, 0, 5]:
    pq2.put_nowait(n)
print([pq2.get_nowait() for _ in range(6)])

# bounded queue
b = queue.Queue(maxsize=2)
b.put('x')
b.put_nowait('y')
print(b.qsize(), b.full(), b.maxsize)
try:
    b.put_nowait('z')
except queue.Full as e:
    print('Full', repr(e))
try:
    b.put('z', block=False)
except queue.Full:
    print('Full again')
try:
    b.put('z', timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(b.get_nowait(), b.get(block=False))
try:
    b.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
try:
    b.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    b.get(False)
except queue.Empty:
    print('Empty again')

# negative or zero maxsize means unbounded
for size in (0, -1):
    u = queue.Queue(size)
    for i in range(100):
        u.put_nowait(i)
    print(size, u.full(), u.qsize())

# the queue attribute holds the items
q = queue.Queue()
q.put(1)
q.put(2)
print(list(q.queue), type(q.queue).__name__)
print(type(queue.LifoQueue().queue).__name__,
      type(queue.PriorityQueue().queue).__name__)

# subclassing with the storage hooks
class SortedNames(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(key=str.lower)

    def _get(self):
        return self.queue.pop(0)


s = SortedNames()
for n in ['bob', 'Alice', 'carol']:
    s.put(n)
print([s.get() for _ in range(3)])

# the module names that tracebacks print
for cls in (queue.Empty, queue.Full, queue.SimpleQueue):
    print(cls.__module__ + '.' + cls.__qualname__)

# generic aliases for type annotations
print(queue.Queue[int], queue.PriorityQueue[tuple], queue.SimpleQueue[str])
