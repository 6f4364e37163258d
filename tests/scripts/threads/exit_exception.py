# The main module ends with an uncaught exception while a non-daemon thread
# is still running: the traceback is printed, the thread still completes,
# and the exit status is 1.
import threading

started = threading.Event()


def worker():
    started.set()
    threading.main_thread().join()
    print('worker finished after main')


threading.Thread(target=worker).start()
started.wait()
print('main raising')
raise ValueError('main failed')
