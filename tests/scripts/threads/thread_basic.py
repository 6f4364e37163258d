# Thread basics: target/args/kwargs, start/join, is_alive, ident, repr.
import threading

results = []


def work(a, b, scale=1):
    results.append((a + b) * scale)


t = threading.Thread(target=work, args=(1, 2), kwargs={'scale': 10})
print(repr(t))
print(t.is_alive(), t.ident, t.native_id)
t.start()
t.join()
print(results)
print(t.is_alive())
print(isinstance(t.ident, int), isinstance(t.native_id, int))
print(repr(t).replace(str(t.ident), 'IDENT'))
t.join()            # joining again is fine
t.join(0)
t.join(-1)          # a negative timeout acts like 0

# args can be a list; kwargs default to {}
t2 = threading.Thread(target=work, args=[5, 6])
t2.start()
t2.join()
print(results)

# no target: run() does nothing
t3 = threading.Thread()
t3.start()
t3.join()
print(t3.name.startswith('Thread-'), t3.is_alive())

# the ident seen inside the thread matches Thread.ident
seen = {}


def record():
    me = threading.current_thread()
    seen['ident'] = threading.get_ident()
    seen['native'] = threading.get_native_id()
    seen['me'] = me


t4 = threading.Thread(target=record, name='recorder')
t4.start()
t4.join()
print(seen['ident'] == t4.ident, seen['native'] == t4.native_id,
      seen['me'] is t4)
print(seen['ident'] != threading.get_ident())

# several threads, each writing its own slot
slots = [None] * 5


def fill(i):
    slots[i] = i * i


threads = [threading.Thread(target=fill, args=(i,)) for i in range(5)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(slots)
print(all(not th.is_alive() for th in threads))
