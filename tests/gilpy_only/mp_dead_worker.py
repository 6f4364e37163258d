# A pool worker that dies (os._exit, SIGKILL) makes map/get/futures raise
# within a second, naming the exit code. (CPython hangs here: gh-66587.)
import multiprocessing as mp
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.pool import BrokenPoolError


def exit_on_2(x):
    if x == 2:
        os._exit(7)
    time.sleep(0.05)
    return x


def kill_self(x):
    os.kill(os.getpid(), signal.SIGKILL)


def sq(x):
    return x * x


if __name__ == '__main__':
    t = time.monotonic()
    p = mp.Pool(2)
    try:
        p.map(exit_on_2, range(8))
    except BrokenPoolError as e:
        # The point is "raises instead of hanging" (CPython hangs forever);
        # the bound is loose on purpose: how fast is for bench/, not tests.
        print('BrokenPoolError:', 'exit code 7' in str(e), time.monotonic() - t < 20)
    try:
        p.apply(sq, (2,))
    except BrokenPoolError as e:
        print('again: BrokenPoolError')
    p.terminate()
    p.join()
    with mp.Pool(2) as p:
        r = p.apply_async(kill_self, (1,))
        it = p.imap(sq, range(3))
        try:
            r.get(5)
        except BrokenPoolError as e:
            print(str(e).split('(')[0], 'SIGKILL' in str(e), 'exit code -9' in str(e))
    ex = ProcessPoolExecutor(2)
    print(ex.submit(sq, 3).result())
    f = ex.submit(exit_on_2, 2)
    try:
        f.result(5)
    except BrokenProcessPool as e:
        print('BrokenProcessPool:', e)
    try:
        ex.submit(sq, 1)
    except BrokenProcessPool as e:
        print('BrokenProcessPool:', e)
    ex.shutdown()
    print(mp.active_children())
