#!/usr/bin/env bash
# Ctrl-C reaches the main thread while it waits for other threads or worker
# processes: join, Lock.acquire, Event.wait, queue.get, Pool.map — each ends
# with KeyboardInterrupt within 2 s, and no worker process is left behind.
source "$(dirname "$0")/lib/common.bash" "$1"
source "$(dirname "$0")/lib/interrupt.bash"

expect_kbi() {   # expect_kbi NAME
  [ "$rc" = 1 ] || [ "$rc" = 130 ] || { fail "$1: exit status $rc, expected 1 or 130"; show_last; }
  check_err_has '^KeyboardInterrupt' "$1"
}

interrupt "join" 'import threading
def spin():
    while True: pass
t = threading.Thread(target=spin, daemon=True); t.start()
print("ready", flush=True)
t.join()'
expect_kbi "join"

interrupt "Lock.acquire" 'import threading
l = threading.Lock(); l.acquire()
print("ready", flush=True)
l.acquire()'
expect_kbi "Lock.acquire"

interrupt "Event.wait" 'import threading
print("ready", flush=True)
threading.Event().wait()'
expect_kbi "Event.wait"

interrupt "queue.get" 'import queue
print("ready", flush=True)
queue.Queue().get()'
expect_kbi "queue.get"

interrupt "Pool.map" 'import os, time
from multiprocessing import Pool
def nap(x):
    time.sleep(100)
p = Pool(2)
print("ready", os.getpid(), " ".join(str(w.pid) for w in p._pool), flush=True)
p.map(nap, range(4))'
expect_kbi "Pool.map"
sleep 1
for w in $(head -1 "$T/out" | cut -d" " -f3-); do
  if kill -0 "$w" 2>/dev/null; then fail "Pool.map: worker $w still alive after the parent ended"; kill -KILL "$w"; fi
done
finish
