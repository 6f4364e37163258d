# Runs under both python3 and gilpy (bench/threads/run.py starts it):
# countdown split over 1, 2 and 4 threads, and the convoy latency of a
# thread doing short sleeps beside a CPU-bound thread. Prints one JSON line.

import sys
import threading
import time

COUNT = int(sys.argv[1])
REPEATS = int(sys.argv[2])


def countdown(n):
    while n > 0:
        n -= 1


def split(nthreads):
    threads = [threading.Thread(target=countdown, args=(COUNT // nthreads,)) for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def spin(stop):
    while not stop.is_set():
        pass


def convoy(interval, ops=100):
    sys.setswitchinterval(interval)
    stop = threading.Event()
    cpu = threading.Thread(target=spin, args=(stop,))
    cpu.start()
    time.sleep(0.01)
    start = time.perf_counter()
    for _ in range(ops):
        time.sleep(0.0001)
    per_op = (time.perf_counter() - start) / ops
    stop.set()
    cpu.join()
    sys.setswitchinterval(0.005)
    return per_op


result = {}
for n in (1, 2, 4):
    result[f"threads{n}"] = min(split(n) for _ in range(REPEATS))
result["convoy_5ms"] = min(convoy(0.005) for _ in range(REPEATS))
result["convoy_0.5ms"] = min(convoy(0.0005) for _ in range(REPEATS))
print(repr(result))   # no json needed: run.py reads it with ast.literal_eval
