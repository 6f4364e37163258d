# multiprocessing.dummy: Process, current_process, primitives, Value/Array.
import threading
import queue
import multiprocessing.dummy as md
from multiprocessing.dummy import Process, current_process, active_children

print(Process.__name__, issubclass(Process, threading.Thread))
print(current_process() is threading.current_thread(), current_process().name)
print(md.Lock is threading.Lock, md.RLock is threading.RLock,
      md.Event is threading.Event, md.Condition is threading.Condition,
      md.Semaphore is threading.Semaphore,
      md.BoundedSemaphore is threading.BoundedSemaphore,
      md.Barrier is threading.Barrier)
print(md.Queue is queue.Queue, md.JoinableQueue is queue.Queue)

gate = threading.Event()
out = md.Queue()


def work(tag, n=1):
    gate.wait(5)
    out.put((tag, n, current_process().name))


p = Process(target=work, args=("p1",), kwargs={"n": 2}, name="worker-1")
print(p.name, p.exitcode, p.is_alive())
p.start()
print("alive:", p.is_alive(), p.exitcode, [c.name for c in active_children()])
gate.set()
p.join()
print(out.get(), p.exitcode, active_children())

# A Process must be started by the thread that created it.
q = Process(target=print)
errs = []


def start_elsewhere():
    try:
        q.start()
    except RuntimeError as e:
        errs.append(str(e).startswith("Parent is "))


t = threading.Thread(target=start_elsewhere)
t.start()
t.join()
print(errs)

v = md.Value("i", 5)
v.value += 3
print(v.value, repr(v))
a = md.Array("d", [1.0, 2.5])
a[0] = 4.0
print(a, list(a))
ns = md.Namespace(b=2, a=1, _hidden=3)
ns.c = "x"
print(ns, ns._hidden)
print(md.Manager() is md, md.freeze_support(), md.shutdown(), md.dict is dict,
      md.list is list)
jq = md.JoinableQueue()
jq.put(1)
print(jq.get())
jq.task_done()
jq.join()
print(sorted(md.__all__))
left, right = md.Pipe()
left.send({"k": 1})
print(right.poll(), right.recv(), right.poll(), right.poll(0.01))
right.send_bytes(b"back")
with left:
    print(left.recv_bytes())
with md.Pool(2) as pool:
    print(type(pool).__name__, pool.map(abs, [-1, -2]))
