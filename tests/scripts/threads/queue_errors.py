# queue: timeout validation and task_done errors.
import queue


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', repr(e))
    else:
        print('ok', r)


q = queue.Queue()
show(lambda: q.get(timeout=-1))
show(lambda: q.get(True, -0.5))
show(lambda: q.get(False, -1))        # timeout ignored when not blocking
show(lambda: q.put(1, timeout=-1))    # unbounded: never checked
b = queue.Queue(1)
show(lambda: b.put(1, timeout=-1))
show(lambda: b.put(1, False, -1))
show(lambda: b.put(2, False, -1))
show(lambda: b.get(timeout=0))
show(lambda: b.get(timeout=0))
show(lambda: b.get(timeout=0))

t = queue.Queue()
show(t.task_done)
t.put('a')
t.put('b')
print(t.unfinished_tasks)
t.get()
t.task_done()
print(t.unfinished_tasks)
t.get()
t.task_done()
print(t.unfinished_tasks)
show(t.task_done)
t.join()            # nothing unfinished: returns at once
print('joined')

sq = queue.SimpleQueue()
show(lambda: sq.get(timeout=-1))
show(lambda: sq.get(False, -1))
show(lambda: sq.get(timeout=0.01))
show(sq.get_nowait)
show(lambda: sq.put(1, timeout=-1))   # put never blocks
show(sq.get)
