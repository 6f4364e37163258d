# concurrent.futures.ProcessPoolExecutor: submit, map with chunksize,
# exceptions with the remote traceback, shutdown.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait
import concurrent.futures


def sq(x):
    return x * x


def div(a, b):
    return a / b


def init(v):
    global BASE
    BASE = v


def based(x):
    return BASE + x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(sq, i) for i in range(8)]
        print(sorted(f.result() for f in as_completed(fs)))
        print(list(ex.map(sq, range(10))))
        print(list(ex.map(div, [1, 2, 3], [4, 5, 6], chunksize=2)))
        f = ex.submit(div, 1, 0)
        done, pending = wait([f])
        e = f.exception()
        print(type(e).__name__, e, type(e.__cause__).__name__)
        print(str(e.__cause__).splitlines()[-2])
        try:
            list(ex.map(div, [1, 1], [1, 0]))
        except ZeroDivisionError as e:
            print('map ZeroDivisionError', e)
        try:
            ex.map(sq, [1], chunksize=0)
        except ValueError as e:
            print('ValueError', e)
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print('RuntimeError', e)
    ex = ProcessPoolExecutor(2, initializer=init, initargs=(10,))
    print(list(ex.map(based, range(4))))
    ex.shutdown(wait=True)
    try:
        ProcessPoolExecutor(0)
    except ValueError as e:
        print('ValueError', e)
    print(concurrent.futures.ProcessPoolExecutor is ProcessPoolExecutor)
    from concurrent.futures.process import BrokenProcessPool
    print(BrokenProcessPool.__mro__[1].__name__)
