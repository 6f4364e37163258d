# Worker threads: names, default max_workers, reuse of idle threads.
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def name():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pfx") as ex:
    print(ex.submit(name).result())
with ThreadPoolExecutor(1) as ex:
    n = ex.submit(name).result()
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()

# Sequential work reuses the one idle thread instead of starting new ones.
with ThreadPoolExecutor(max_workers=4, thread_name_prefix="seq") as ex:
    names = set()
    for i in range(5):
        names.add(ex.submit(name).result())
        time.sleep(0.01)
    print(sorted(names), len(ex._threads))

# Concurrent work starts threads up to max_workers, no more.
barrier = threading.Barrier(3)
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="par") as ex:
    fs = [ex.submit(lambda: (barrier.wait(5), name())[1]) for _ in range(3)]
    print(sorted(f.result() for f in fs))
    more = [ex.submit(name) for _ in range(10)]
    print(len(set(f.result() for f in more)) <= 3, len(ex._threads))

# Workers are ordinary threads: main exits only after they finish.
print("workers daemon:", any(t.daemon for t in ex._threads))
results = []
with ThreadPoolExecutor(2) as ex:
    for i in range(4):
        ex.submit(results.append, i)
print(sorted(results), threading.active_count())
