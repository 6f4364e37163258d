# multiprocessing.Pool: map, imap, starmap, apply, async results, callbacks,
# worker exceptions (with the remote traceback), initializer, close/join.
import multiprocessing as mp
import os


def sq(x):
    return x * x


def add(a, b):
    return a + b


def boom(x):
    if x == 3:
        raise ValueError('bad item %d' % x)
    return x


def kw(a, b=0, *, c=1):
    return (a, b, c)


def init(v):
    global BASE
    BASE = v


def plus_base(x):
    return BASE + x


if __name__ == '__main__':
    with mp.Pool(2) as p:
        print(p.map(sq, range(12)))
        print(p.map(sq, range(7), chunksize=3), p.map(sq, []))
        print(list(p.imap(sq, range(6))), list(p.imap(sq, range(7), 2)))
        print(sorted(p.imap_unordered(sq, range(6))))
        print(p.starmap(add, [(1, 2), (3, 4)]), p.starmap(pow, [(2, 5)]))
        print(p.apply(kw, (1,), {'b': 2, 'c': 3}), p.apply(sq, (9,)))
        r = p.apply_async(sq, (5,))
        print(r.get(10), r.ready(), r.successful())
        got = []
        r = p.map_async(sq, [1, 2, 3], callback=got.append)
        r.wait(10)
        print(r.get(), r.successful())
        errs = []
        r = p.apply_async(boom, (3,), error_callback=errs.append)
        try:
            r.get(10)
        except ValueError as e:
            print('ValueError', e, type(e.__cause__).__name__)
            print(str(e.__cause__).splitlines()[1], str(e.__cause__).splitlines()[-2:])
        print(r.successful(), errs)
        try:
            p.map(boom, range(6))
        except ValueError as e:
            print('map ValueError', e)
        it = p.imap(boom, range(5))
        print(next(it), next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print('imap ValueError', e)
        r = p.starmap_async(add, [(1, 1), (2, 2)])
        print(r.get(10))
        try:
            p.apply(sq, (1, 2))
        except TypeError as e:
            print('TypeError', e)
    print(got)
    try:
        p.map(sq, [1])
    except ValueError as e:
        print('ValueError', e)
    p = mp.Pool(processes=3, initializer=init, initargs=(100,))
    print(p.map(plus_base, range(5)), len(p._pool))
    p.close()
    p.join()
    print(mp.active_children())
    p = mp.Pool(2, maxtasksperchild=1)
    print(p.map(sq, range(6), chunksize=1))
    p.close(); p.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError', e)
