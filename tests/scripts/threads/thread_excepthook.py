# Exceptions escaping a thread go to threading.excepthook; the program
# goes on.
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
reports = []


def hook(args):
    reports.append((args.exc_type.__name__, str(args.exc_value),
                    args.thread.name, args.exc_traceback is not None))


threading.excepthook = hook


def fail(msg):
    raise ValueError(msg)


t = threading.Thread(target=fail, args=('boom',), name='failer')
t.start()
t.join()
print(reports)
print('still running, thread alive:', t.is_alive())


class Bad(threading.Thread):
    def run(self):
        {}['missing']


b = Bad(name='bad')
b.start()
b.join()
print(reports[-1])

# SystemExit is given to the hook too
t = threading.Thread(target=sys.exit, args=(3,), name='exiter')
t.start()
t.join()
print(reports[-1])


# the hook runs in the failing thread
where = []


def hook2(args):
    where.append(threading.current_thread().name)


threading.excepthook = hook2
t = threading.Thread(target=fail, args=('x',), name='place')
t.start()
t.join()
print(where)

# back to the default hook: SystemExit is silently ignored
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(1,))
t.start()
t.join()
print('after SystemExit in a thread')

# ExceptHookArgs: a 4-tuple with named fields
a = threading.ExceptHookArgs([KeyError, KeyError('k'), None, None])
print(len(a), a.exc_type, repr(a.exc_value), a.exc_traceback, a.thread)
print(a[0] is KeyError, tuple(a)[3])
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError:', e)
