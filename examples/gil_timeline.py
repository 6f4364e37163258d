"""Pictures of the GIL at work (the GIL observatory).

Writes four SVG timelines — one row per thread: green = running Python
(holding the GIL), red = waiting for it, grey = blocked (sleep, I/O),
blue = native code with the GIL released; ticks = forced switches:

  1. two CPU-bound threads: they take turns, one switch interval each;
  2. a CPU-bound thread beside an I/O thread: the convoy effect — every
     short wait costs the I/O thread a whole switch interval;
  3. two threads in `native` kernels: both run at once (GIL released);
  4. the CPU + I/O pair again with the switch interval at 0.5 ms.

    gilpy examples/gil_timeline.py [OUTPUT_DIR]     (default: docs/gil)
"""
import os
import sys
import threading
import time

import gil
import native

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "docs", "gil")


def spin(n):
    while n > 0:
        n -= 1


def cpu_for(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        spin(2000)


def short_waits(count):
    for _ in range(count):
        time.sleep(0.0005)


def run(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def picture(name, title, make_threads):
    path = os.path.join(OUT, name)
    with gil.record(path) as r:
        run(make_threads())
    busy = {t["name"]: t["held"] for t in r.snapshot["threads"]}
    print(f"{path}: {title}")
    print("   seconds holding the GIL:", ", ".join(f"{k} {v:.3f}" for k, v in busy.items()))


def main():
    os.makedirs(OUT, exist_ok=True)
    picture("two_cpu_threads.svg", "two CPU-bound threads take turns",
            lambda: [threading.Thread(target=cpu_for, args=(0.3,), name=f"cpu-{i}") for i in range(2)])
    picture("convoy.svg", "CPU thread + I/O thread: the convoy effect (5 ms interval)",
            lambda: [threading.Thread(target=cpu_for, args=(0.3,), name="cpu"),
                     threading.Thread(target=short_waits, args=(40,), name="io")])
    picture("native_threads.svg", "two threads in native kernels run in parallel",
            lambda: [threading.Thread(target=native.spin, args=(0.3,), name=f"native-{i}") for i in range(2)])
    sys.setswitchinterval(0.0005)
    picture("convoy_short_interval.svg", "CPU thread + I/O thread, 0.5 ms switch interval",
            lambda: [threading.Thread(target=cpu_for, args=(0.3,), name="cpu"),
                     threading.Thread(target=short_waits, args=(40,), name="io")])
    sys.setswitchinterval(0.005)


if __name__ == "__main__":
    main()
