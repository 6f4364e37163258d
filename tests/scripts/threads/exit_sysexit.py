# sys.exit() in the main thread still waits for non-daemon threads; the
# exit status is the one given to sys.exit().  A daemon thread blocked
# forever does not delay the exit.
import sys
import threading

started = threading.Event()
never = threading.Event()


def worker():
    started.set()
    threading.main_thread().join()
    print('worker runs after sys.exit, main alive:',
          threading.main_thread().is_alive())


def daemon_worker():
    never.wait()


threading.Thread(target=daemon_worker, daemon=True).start()
threading.Thread(target=worker).start()
started.wait()
print('main calls sys.exit(3)')
sys.stdout.flush()
sys.exit(3)
