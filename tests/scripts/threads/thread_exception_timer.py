# Exceptions in Timer functions and in threads started by threads go to
# threading.excepthook too; the hook sees the right thread.
import threading

reports = []
lock = threading.Lock()


def hook(args):
    with lock:
        reports.append((args.thread.name, args.exc_type.__name__,
                        str(args.exc_value)))


threading.excepthook = hook


def explode(what):
    raise RuntimeError(what)


t = threading.Timer(0, explode, ['from timer'])
t.name = 'timer'
t.start()
t.join()


def parent():
    child = threading.Thread(target=explode, args=('from child',),
                             name='child')
    child.start()
    child.join()
    raise LookupError('from parent')


p = threading.Thread(target=parent, name='parent')
p.start()
p.join()
for r in reports:
    print(r)


# an exception in the hook's caller does not stop other threads
results = []


def ok(i):
    results.append(i)


ts = [threading.Thread(target=explode if i % 2 else ok, args=(i,))
      for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), len(reports))
print(sorted(r[2] for r in reports[3:]))
