# initializer/initargs; a failing initializer breaks the pool (BrokenThreadPool).
import io
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool

local = threading.local()
inits = []


def init(tag, n):
    local.tag = "%s-%d" % (tag, n)
    inits.append(tag)


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("w", 7)) as ex:
    print([ex.submit(lambda: local.tag).result() for _ in range(3)])
print("initializer calls:", inits)


def bad_init():
    raise OSError("cannot init")


saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    f = ex.submit(pow, 2, 3)
    exc = f.exception(timeout=5)
    print(type(exc).__name__, exc)
    print(isinstance(exc, BrokenExecutor), issubclass(BrokenThreadPool, RuntimeError))
    try:
        ex.submit(pow, 2, 4)
    except BrokenThreadPool as e:
        print("submit raised BrokenThreadPool:", e)
    ex.shutdown()
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0], "|", lines[-1])
