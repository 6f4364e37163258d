# The default threading.excepthook prints "Exception in thread NAME:" and
# the traceback on stderr.  The exceptions are caught in the script and
# passed explicitly so that the traceback holds only this file's frames.
import sys
import threading


def inner():
    return 1 / 0


def outer():
    inner()


t = threading.Thread(target=outer, name='my-thread')
try:
    outer()
except ZeroDivisionError:
    args = threading.ExceptHookArgs([*sys.exc_info(), t])
print('calling the hook')
threading.excepthook(args)
print('hook returned')

# SystemExit is ignored by the default hook
try:
    sys.exit(2)
except SystemExit:
    threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), t]))
print('SystemExit ignored')


# the same from inside a thread: the target catches its own exception and
# reports it with the default hook
def reporting():
    try:
        raise KeyError('key')
    except KeyError:
        threading.__excepthook__(threading.ExceptHookArgs(
            [*sys.exc_info(), threading.current_thread()]))


t = threading.Thread(target=reporting, name='reporter')
t.start()
t.join()
print('done')
sys.stdout.flush()
