# Default thread names, explicit names, renaming.
import threading
import functools


def job():
    pass


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=job).name)
print(threading.Thread().name)
print(threading.Thread(target=job, name='worker').name)
print(threading.Thread(target=job, name='').name)        # empty -> default
print(threading.Thread(target=job, name=42).name)        # made a str
print(threading.Thread(target=functools.partial(job)).name)  # no __name__
print(threading.Thread(target=Callable()).name)
print(threading.Thread(target=print).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Timer(1.0, job).name)                    # no target suffix


class Worker(threading.Thread):
    pass


print(Worker().name)
print(repr(Worker(name='w1')))

t = threading.Thread(target=job)
print(t.name)
t.name = 'renamed'
print(t.name)
t.name = 3.5
print(repr(t.name))
print(repr(t))

# the name is visible from inside the thread
names = []
t = threading.Thread(target=lambda: names.append(
    threading.current_thread().name), name='inner')
t.start()
t.join()
print(names)

# renaming a running thread
go = threading.Event()
got = []


def wait_then_report():
    go.wait()
    got.append(threading.current_thread().name)


t = threading.Thread(target=wait_then_report)
print(t.name)
t.start()
t.name = 'changed-while-running'
go.set()
t.join()
print(got)
print(threading.main_thread().name)
