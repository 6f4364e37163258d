# Cancelling executor futures: queued ones cancel, running/finished ones not.
import threading
from concurrent.futures import (ThreadPoolExecutor, CancelledError, wait,
                                as_completed)

started = threading.Event()
gate = threading.Event()
ran = []


def blocker():
    started.set()
    gate.wait(5)
    return "blocker"


def record(i):
    ran.append(i)
    return i


with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(blocker)
    started.wait(5)
    queued = [ex.submit(record, i) for i in range(4)]
    events = []
    queued[1].add_done_callback(lambda f: events.append(("cb", f.cancelled())))
    print("cancel running:", running.cancel(), running.running())
    print("cancel queued:", queued[1].cancel(), queued[3].cancel())
    print(events)
    print([f.cancelled() for f in queued], [f.done() for f in queued])
    # wait() counts a cancelled future only once the worker has seen it.
    r = wait(queued, timeout=0)
    print(len(r.done), len(r.not_done))
    gate.set()
    print(running.result())
    r = wait(queued)
    print(len(r.done), len(r.not_done))
    for f in queued:
        try:
            print(f.result())
        except CancelledError:
            print("cancelled")
    print("ran:", ran, "states:", sorted(set(f._state for f in queued)))
    print("cancel finished:", queued[0].cancel())
    print(sorted(-1 if f.cancelled() else f.result() for f in as_completed(queued)))
