# The GIL observatory (gil module): counters and the recorded order of
# states for runs whose behaviour is known.
import gil
import threading
import time

print("main holds the GIL:", gil.held())
seen = []
t = threading.Thread(target=lambda: seen.append(gil.held()), name="checker")
t.start(); t.join()
print("a thread holds it while running Python:", seen)


def compress(states):
    out = []
    for s in states:
        if not out or out[-1] != s:
            out.append(s)
    return out


def states_of(snap, name):
    for th in snap["threads"]:
        if th["name"] == name:
            spans, markers = gil.spans(th, snap["now"])
            return [s for s, a, b in spans], markers
    return None, None


# A thread that sleeps: it runs, blocks (GIL released), runs again.
with gil.record("/dev/null") as r:
    s = threading.Thread(target=lambda: time.sleep(0.05), name="sleeper")
    s.start(); s.join()
states, _ = states_of(r.snapshot, "sleeper")
print("sleeper:", [x for x in compress(states) if x != "waiting"])

# Two CPU-bound threads: they take turns; the lock is handed over by forced switches.
def spin(n):
    while n > 0:
        n -= 1

with gil.record("/dev/null") as r:
    ts = [threading.Thread(target=spin, args=(3_000_000,), name="cpu%d" % i) for i in range(2)]
    for x in ts: x.start()
    for x in ts: x.join()
for name in ("cpu0", "cpu1"):
    states, markers = states_of(r.snapshot, name)
    print(name, "ran and waited:", "running" in states and "waiting" in states)
forced = sum(th["forced_drops"] for th in r.snapshot["threads"] if th["name"].startswith("cpu"))
print("forced switches happened:", forced > 0)
print("text timeline rows:", len(gil.text_timeline(r.snapshot).splitlines()) >= 3)

# Native code releases the GIL: its own state.
import native
with gil.record("/dev/null") as r:
    n = threading.Thread(target=native.spin, args=(0.02,), name="native")
    n.start(); n.join()
states, _ = states_of(r.snapshot, "native")
print("native:", [x for x in compress(states) if x != "waiting"])

gil.reset_stats()
st = gil.stats()
print("stats keys:", sorted(k for k in st[0] if k not in ("ident", "native_id")))
