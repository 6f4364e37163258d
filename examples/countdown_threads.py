"""Why threads do not speed up CPU-bound Python (the classic demo).

countdown(N) runs once in the main thread, then the same total work is split
across 2 and then 4 threads. Under a global interpreter lock only one thread
runs Python at a time, so the threaded runs take as long as the serial one
(a little longer: the threads hand the lock back and forth every switch
interval, sys.getswitchinterval()).

    gilpy examples/countdown_threads.py [N]
"""
import sys
import time
from threading import Thread

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000


def countdown(n):
    while n > 0:
        n -= 1


def run_in_threads(nthreads):
    threads = [Thread(target=countdown, args=(COUNT // nthreads,)) for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def main():
    print(f"countdown({COUNT:,}), switch interval {sys.getswitchinterval() * 1000:g} ms")
    start = time.perf_counter()
    countdown(COUNT)
    serial = time.perf_counter() - start
    print(f"  1 thread : {serial:6.3f} s")
    for n in (2, 4):
        t = run_in_threads(n)
        print(f"  {n} threads: {t:6.3f} s   ({t / serial:.2f}x the serial time)")
    print("Threads take turns holding the GIL: no speed-up for CPU-bound code.")


if __name__ == "__main__":
    main()
