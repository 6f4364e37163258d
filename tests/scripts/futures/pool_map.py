# ThreadPool map / starmap / map_async / starmap_async and the chunksize rule.
import threading
import time
from multiprocessing.pool import ThreadPool


def square(x):
    return x * x


def fail_on(x):
    if x == 5:
        raise ValueError("bad %d" % x)
    return x


def where(x):
    time.sleep(0.002)
    return threading.get_ident()


with ThreadPool(2) as pool:
    print(pool.map(square, range(10)))
    print(pool.map(square, iter(range(5))))          # no len(): listed first
    print(pool.map(square, []), pool.map(square, range(7), chunksize=3))
    print(pool.starmap(pow, [(2, 5), (3, 2), (10, 3)]))
    print(pool.starmap(max, [[1, 9, 3], (4, 2)], chunksize=1))
    # Default chunksize = ceil(n / (4 * workers)).
    for n in (0, 1, 8, 9, 20, 100):
        print(n, pool.map_async(square, range(n))._chunksize)
    # Items of one chunk run in one thread, in order.
    idents = pool.map(where, range(24))              # chunksize 3
    print(all(len(set(idents[i:i + 3])) == 1 for i in range(0, 24, 3)))
    # An error in any item: map raises the (first) error after all chunks ran.
    try:
        pool.map(fail_on, range(12), chunksize=1)
    except ValueError as e:
        print("map raised", e)
    got = []
    r = pool.map_async(square, range(6), callback=got.append)
    print(r.get(timeout=5), got, r.ready(), r.successful())
    errs = []
    r = pool.map_async(fail_on, [5], error_callback=lambda e: errs.append(repr(e)))
    r.wait(5)
    print(r.ready(), r.successful(), errs)
    try:
        r.get()
    except ValueError as e:
        print("get raised", e)
    r = pool.starmap_async(divmod, [(7, 2), (9, 4)], callback=got.append)
    print(r.get(), got[-1])
    r = pool.map_async(square, [], callback=got.append)
    print(r.ready(), r.get(), len(got))                # no callback when empty
