# Subclasses of threading.local: __init__ runs again, with the original
# arguments, in every thread that uses the object.
import threading

calls = []


class MyLocal(threading.local):
    counter = 100              # class attributes are shared

    def __init__(self, start, step=1):
        calls.append((threading.current_thread().name, start, step))
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


loc = MyLocal(10, step=5)
print(loc.bump(), loc.bump())


def worker():
    results.append((threading.current_thread().name, loc.value, loc.bump(),
                    loc.counter))


results = []
for name in ('A', 'B'):
    t = threading.Thread(target=worker, name=name)
    t.start()
    t.join()
print(results)
print(calls)
print('main value:', loc.value)

try:
    loc.nothing
except AttributeError as e:
    print('AttributeError:', e)


# a subclass without __init__ arguments
class Plain(threading.local):
    def __init__(self):
        self.items = []


p = Plain()
p.items.append('main')
out = []
t = threading.Thread(target=lambda: (p.items.append('thread'),
                                     out.append(list(p.items))))
t.start()
t.join()
print(out, p.items)


# a subclass without __init__ refuses arguments
class NoInit(threading.local):
    pass


try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(p, threading.local))
