# threading.Timer: fires after the interval unless cancelled.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=['fired'])
print(t.interval, t.args, t.kwargs, t.finished.is_set(), t.daemon)
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

# cancelled before it fires
cancelled = []
t = threading.Timer(30.0, cancelled.append, args=['should not run'])
t.start()
t.cancel()
t.join()
print(cancelled, t.finished.is_set())

# cancel before start: run() does nothing
t = threading.Timer(0, cancelled.append, ['no'])
t.cancel()
t.start()
t.join()
print(cancelled)

# kwargs, and a zero interval
out = []


def collect(a, b=None):
    out.append((a, b, threading.current_thread() is not threading.main_thread()))


t = threading.Timer(0, collect, args=(1,), kwargs={'b': 2})
t.start()
t.join()
print(out)

# cancel from another thread while the timer waits
t = threading.Timer(60, out.append, ['never'])
t.start()
c = threading.Thread(target=t.cancel)
c.start()
c.join()
t.join()
print(out[-1][0], isinstance(t, threading.Thread))

# a Timer is a Thread: name, daemon
t = threading.Timer(0, lambda: None)
t.daemon = True
t.name = 'my-timer'
print(t.name, t.daemon)
t.start()
t.join()
