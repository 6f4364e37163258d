# current_thread, main_thread, active_count, enumerate, dummy threads.
import threading
import _thread

main = threading.main_thread()
print(threading.current_thread() is main, main.name, main.daemon)
print(main.is_alive(), main.ident == threading.get_ident())
print(repr(main).replace(str(main.ident), 'IDENT'))
print(threading.active_count(), [t.name for t in threading.enumerate()])

started = threading.Event()
finish = threading.Event()
info = []


def worker():
    me = threading.current_thread()
    info.append((me.name, me is not main, threading.main_thread() is main))
    started.set()
    finish.wait()


t = threading.Thread(target=worker, name='worker')
t.start()
started.wait()
print(info)
print(threading.active_count())
print(sorted(th.name for th in threading.enumerate()))
print(t in threading.enumerate())
finish.set()
t.join()
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(t in threading.enumerate())

# a thread started with _thread directly gets a dummy Thread object
done = _thread.allocate_lock()
done.acquire()
dummy = []


def raw():
    me = threading.current_thread()
    dummy.append((me.name, me.daemon, me.is_alive(),
                  threading.current_thread() is me))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(dummy)
