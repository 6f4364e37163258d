# Many small tasks from several submitting threads; results must all arrive.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
from multiprocessing.dummy import Pool

counter = [0]
lock = threading.Lock()


def bump(n):
    with lock:
        counter[0] += n
    return n * 2


with ThreadPoolExecutor(max_workers=8) as ex:
    futures = []
    flock = threading.Lock()

    def submitter(base):
        mine = [ex.submit(bump, base + i) for i in range(200)]
        with flock:
            futures.extend(mine)

    ts = [threading.Thread(target=submitter, args=(k * 1000,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total = sum(f.result() for f in as_completed(futures))
    print(len(futures), total, counter[0] * 2 == total)
    print(len(wait(futures).done))
    print(sum(ex.map(bump, range(1000))))

with Pool(4) as pool:
    print(sum(pool.map(bump, range(2000))))
    print(sum(pool.imap_unordered(bump, range(500), chunksize=7)))
    rs = [pool.apply_async(bump, (i,)) for i in range(300)]
    print(sum(r.get() for r in rs))
