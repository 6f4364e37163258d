# RuntimeErrors of Thread: start twice, join too early, join self, daemon.
import threading


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('no error')


t = threading.Thread(target=lambda: None)
show(t.join)                           # before start
t.start()
show(t.start)                          # twice
t.join()
show(t.start)                          # also after it finished


def set_daemon():
    t.daemon = True


show(set_daemon)
print(t.daemon)


def join_self():
    threading.current_thread().join()


errors = []


def runner():
    try:
        join_self()
    except RuntimeError as e:
        errors.append(str(e))


t2 = threading.Thread(target=runner)
t2.start()
t2.join()
print(errors)
show(threading.main_thread().join)      # the main thread joining itself


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
show(n.start)
show(n.join)


def set_no_init_daemon():
    n.daemon = True


show(set_no_init_daemon)

# group must be None
show(lambda: threading.Thread(group='g'))

# a join with a timeout on a thread that is still busy returns with the
# thread still alive
release = threading.Event()
t3 = threading.Thread(target=release.wait)
t3.start()
t3.join(0.05)
print('alive after timed join:', t3.is_alive())
release.set()
t3.join()
print('alive after join:', t3.is_alive())
