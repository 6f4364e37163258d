# Module-level odds and ends of threading.
import threading

print(threading.ThreadError is RuntimeError)
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
print(threading.stack_size())
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(isinstance(threading.get_ident(), int),
      isinstance(threading.get_native_id(), int))
print(threading.Lock is threading.Lock, callable(threading.RLock))
print(type(threading.RLock()).__name__)
print(sorted(threading.__all__))
for name in threading.__all__:
    if not hasattr(threading, name):
        print('missing', name)
print(threading.local.__name__)
print(issubclass(threading.Timer, threading.Thread))
print(threading.Condition().__class__.__name__, threading.Event().is_set())
print(repr(threading.Thread(name='x', daemon=True)))
print(threading.current_thread() is threading.main_thread())

# reprs that hold an address: check their shape only
def shape(obj):
    r = repr(obj)
    i = r.find(' at 0x')
    j = r.find(':', i)
    return r[:i] + ' at ADDR' + r[j:]


print(shape(threading.Event()))
e = threading.Event()
e.set()
print(shape(e))
print(shape(threading.Semaphore(3)))
print(shape(threading.BoundedSemaphore(2)))
print(shape(threading.Barrier(4)))
bb = threading.Barrier(2)
bb.abort()
print(shape(bb))
print(repr(threading.Condition(threading.Lock())).startswith('<Condition(<unlocked _thread.lock object at 0x'))
