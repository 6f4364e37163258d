# At exit the interpreter waits for non-daemon threads (threading._shutdown).
# The worker waits until the main thread has finished: joining the main
# thread returns when the main module is done.
import threading

started = threading.Event()


def worker():
    started.set()
    threading.main_thread().join()
    print('worker: main thread finished, alive =',
          threading.main_thread().is_alive())
    print('worker: done')


t = threading.Thread(target=worker)
t.start()
started.wait()
print('main: last line')
