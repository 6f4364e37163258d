# multiprocessing.Process with the fork start method: lifecycle, exit codes,
# names, daemon flag, subclassing, current/parent/active processes.
import multiprocessing as mp
import os
import sys
import time


def hello(tag, *, sep='-'):
    print('hello', tag, sep, mp.current_process().name,
          mp.parent_process().name, flush=True)


def fail():
    sys.stderr = open(os.devnull, 'w')    # keep the traceback out of the test
    raise ValueError('boom')


def leave(code):
    sys.exit(code)


def nap(t):
    time.sleep(t)


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print('Worker.run', self.n * 2, self.name, flush=True)


if __name__ == '__main__':
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=hello, args=('a',), kwargs={'sep': '+'})
    print(p.name, p.exitcode, p.pid, p.is_alive(), p.daemon)
    print(repr(p).startswith("<Process name='Process-1' parent="), 'initial' in repr(p))
    p.start()
    p.join()
    print('exitcode', p.exitcode, p.is_alive(), 'stopped exitcode=0' in repr(p))
    for target, args in ((fail, ()), (leave, (3,)), (leave, (None,)), (leave, ('text',))):
        q = mp.Process(target=target, args=args)
        if target is leave and args == ('text',):
            q = mp.Process(target=lambda: (setattr(sys, 'stderr', open(os.devnull, 'w')), leave('text')))
        q.start()
        q.join()
        print(target.__name__, args, q.exitcode)
    w = Worker(21)
    w.start(); w.join()
    print(w.exitcode, type(w).__name__)
    s = mp.Process(target=nap, args=(5,), daemon=True, name='sleeper')
    s.start()
    s.join(0.1)
    print(s.name, s.daemon, s.is_alive(), s.exitcode, s in mp.active_children())
    s.terminate(); s.join()
    print('terminated', s.exitcode, 'exitcode=-SIGTERM' in repr(s))
    k = mp.Process(target=nap, args=(5,))
    k.start(); k.kill(); k.join()
    print('killed', k.exitcode)
    k.close()
    try:
        k.is_alive()
    except ValueError as e:
        print('ValueError', e)
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError', e)
    try:
        mp.Process(target=nap, args=(0,)).join()
    except AssertionError as e:
        print('AssertionError', e)
    r = mp.Process(target=nap, args=(2,))
    r.start()
    try:
        r.close()
    except ValueError as e:
        print('ValueError', e)
    r.kill(); r.join()
    try:
        s.daemon = False
    except AssertionError as e:
        print('AssertionError', e)
    print(mp.active_children(), mp.cpu_count() == os.cpu_count())
