"""The convoy effect: what a CPU-bound thread does to a thread that waits.

A thread that does many short blocking operations (here: 0.1 ms sleeps
standing in for quick I/O) releases the GIL at each one. Alone, it gets the
lock straight back. Beside a CPU-bound thread it must wait for the CPU
thread to be asked to drop the lock — up to one switch interval — after
*every* operation. A shorter switch interval shortens each wait, at the cost
of more switching for everyone.

    gilpy examples/convoy.py
"""
import sys
import threading
import time

OPS = 100
SHORT_WAIT = 0.0001


def short_waits():
    start = time.perf_counter()
    for _ in range(OPS):
        time.sleep(SHORT_WAIT)
    return (time.perf_counter() - start) / OPS


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1


def latency(with_cpu_thread):
    stop = threading.Event()
    cpu = threading.Thread(target=spin, args=(stop,))
    if with_cpu_thread:
        cpu.start()
        time.sleep(0.01)
    per_op = short_waits()
    stop.set()
    if with_cpu_thread:
        cpu.join()
    return per_op


def main():
    for interval in (0.005, 0.0005):
        sys.setswitchinterval(interval)
        alone = latency(False)
        beside = latency(True)
        print(f"switch interval {interval * 1000:4.1f} ms: one short wait takes "
              f"{alone * 1000:6.3f} ms alone, {beside * 1000:6.3f} ms beside a CPU-bound thread "
              f"({beside / alone:5.1f}x)")


if __name__ == "__main__":
    main()
