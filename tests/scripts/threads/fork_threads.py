# threading after os.fork(): in the child only the forking thread exists;
# it becomes the main thread, the other Thread objects count as stopped,
# new threads work, and the child's exit does not wait for the parent's
# threads.
import os
import sys
import threading
from helper_fork import fork

release = threading.Event()
started = threading.Event()


def background():
    started.set()
    release.wait()


bg = threading.Thread(target=background, name='bg')
bg.start()
started.wait()

# 1. fork from the main thread; the child exits normally (sys.exit), which
#    runs threading._shutdown() -- it must not wait for 'bg'
pid = fork()
if pid == 0:
    me = threading.current_thread()
    print('child 1:', me.name, me is threading.main_thread(),
          [t.name for t in threading.enumerate()], bg.is_alive())
    t = threading.Thread(target=print, args=('child 1: new thread runs',))
    t.start()
    t.join()
    sys.stdout.flush()
    sys.exit(0)
_, status = os.waitpid(pid, 0)
print('parent: child 1 exit status', status)


# 2. fork from another thread: that thread is the child's main thread
def forker():
    pid = fork()
    if pid == 0:
        me = threading.current_thread()
        print('child 2:', me.name, me is threading.main_thread(),
              [t.name for t in threading.enumerate()], bg.is_alive())
        sys.stdout.flush()
        os._exit(0)
    os.waitpid(pid, 0)


f = threading.Thread(target=forker, name='forker')
f.start()
f.join()
print('parent:', bg.is_alive(), sorted(t.name for t in threading.enumerate()))
release.set()
bg.join()
print('parent done')
