# Threads started while the interpreter is waiting at exit are waited for
# as well, and threads are waited for even when main never joins them.
import threading

lock = threading.Lock()


def grandchild():
    threading.main_thread().join()
    with lock:
        print('grandchild runs')


def child():
    threading.main_thread().join()
    with lock:
        print('child starts grandchild')
    threading.Thread(target=grandchild).start()


for _ in range(1):
    threading.Thread(target=child).start()
print('main done', threading.active_count())
