#!/usr/bin/env bash
# -X gil-timeline / gil-trace / gil-stats: the files are written, the trace
# follows the Chrome trace-event format, the SVG is well-formed XML, and
# headless Chromium draws it into a PNG.
source "$(dirname "$0")/lib/common.bash" "$1"

cat >"$T/prog.py" <<'PY'
import threading, time
def spin(n):
    while n > 0:
        n -= 1
def nap():
    time.sleep(0.02)
ts = [threading.Thread(target=spin, args=(400_000,), name="cpu-%d" % i) for i in range(2)]
ts.append(threading.Thread(target=nap, name="sleeper"))
for t in ts: t.start()
for t in ts: t.join()
print("done")
PY
run_g -X gil-timeline="$T/run.svg" -X gil-trace="$T/run.json" -X gil-stats "$T/prog.py"
[ "$rc" = 0 ] || { fail "gilpy exited $rc"; show_last; }
grep -q "^done$" "$T/out" || fail "program output missing"
grep -q "of the GIL time" "$T/err" || { fail "-X gil-stats printed no counters"; show_last; }

python3 - "$T/run.json" "$T/run.svg" <<'PY' || fail "trace or picture malformed"
import json, sys, xml.dom.minidom
trace = json.load(open(sys.argv[1]))
events = trace["traceEvents"]
names = {e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
assert {"MainThread", "cpu-0", "cpu-1", "sleeper"} <= names, names
spans = [e for e in events if e["ph"] == "X"]
assert spans and all(e["dur"] >= 0 and e["ts"] >= 0 and "pid" in e and "tid" in e for e in spans)
assert {e["name"] for e in spans} >= {"running", "waiting", "blocked"}, {e["name"] for e in spans}
doc = xml.dom.minidom.parse(sys.argv[2])
assert doc.documentElement.tagName == "svg"
assert len(doc.getElementsByTagName("rect")) > 5
PY

# Worker processes write their own timelines beside the parent's: run.<pid>.svg.
cat >"$T/pool.py" <<'PY'
from multiprocessing import Pool
def f(n):
    while n > 0:
        n -= 1
    return n
if __name__ == "__main__":
    p = Pool(2)
    print(p.map(f, [100_000] * 4))
    p.close()
    p.join()
PY
run_g -X gil-timeline="$T/pool.svg" "$T/pool.py"
[ "$rc" = 0 ] || { fail "pool run exited $rc"; show_last; }
n=$(ls "$T"/pool.*.svg 2>/dev/null | wc -l)
[ "$n" = 2 ] || fail "expected 2 worker timelines pool.<pid>.svg, found $n"
[ -s "$T/pool.svg" ] || fail "the parent's timeline is missing"

# Draw it: the picture must render, not only parse.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  fail "chromium is not installed (.ci/build installs it)"
else
  (cd "$T" && timeout 60 "$browser" --headless --no-sandbox --disable-gpu --screenshot="$T/run.png" \
      --window-size=1200,400 "file://$T/run.svg" >/dev/null 2>&1)
  [ -s "$T/run.png" ] || fail "chromium drew no PNG"
  head -c 8 "$T/run.png" | od -An -c | grep -q "P   N   G" || fail "not a PNG"
fi
finish
