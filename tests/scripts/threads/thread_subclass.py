# Subclassing Thread: overriding run() and __init__.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


workers = [Summer(range(i * 10)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])
print([w.name for w in workers])


class Named(threading.Thread):
    def __init__(self, tag, **kw):
        threading.Thread.__init__(self, name='named-' + tag, **kw)
        self.tag = tag

    def run(self):
        print('run', self.tag, threading.current_thread().name,
              threading.current_thread() is self)


n = Named('a')
n.start()
n.join()
n = Named('b', daemon=True)
print(n.daemon)
n.start()
n.join()


# run() of the base class still calls the target
class Logging(threading.Thread):
    def run(self):
        print('before target')
        super().run()
        print('after target')


lt = Logging(target=print, args=('the target', 1), kwargs={'sep': '|'})
lt.start()
lt.join()


# target, args and kwargs are deleted after run()
def show_args(*args):
    print('args', args)


t = threading.Thread(target=show_args, args=(1, 2))
t.start()
t.join()
print(hasattr(t, '_target'), hasattr(t, '_args'), hasattr(t, '_kwargs'))

# run() may be called directly, in the calling thread
class Direct(threading.Thread):
    def run(self):
        print('direct run in', threading.current_thread().name)


Direct().run()
print(threading.active_count())
