# logging.handlers: QueueHandler + QueueListener fed by several threads,
# RotatingFileHandler rolling over, MemoryHandler and BufferingHandler.
import io
import logging
import logging.handlers
import os
import queue
import threading

print("--- QueueHandler / QueueListener")
q = queue.Queue()
out = io.StringIO()
sink = logging.StreamHandler(out)
sink.setFormatter(logging.Formatter("%(threadName)s|%(message)s"))
quiet_sink = logging.StreamHandler(out)
quiet_sink.setLevel(logging.ERROR)
quiet_sink.setFormatter(logging.Formatter("ERROR-ONLY|%(message)s"))
listener = logging.handlers.QueueListener(q, sink, quiet_sink, respect_handler_level=True)
listener.start()
log = logging.getLogger("queued")
log.propagate = False
log.setLevel(logging.DEBUG)
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)


def worker(n):
    for i in range(20):
        log.info("w%d-%d %s", n, i, "arg")


threads = [threading.Thread(target=worker, args=(n,), name="Q%d" % n) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.error("an error with %d%%", 100)
try:
    raise ValueError("in the queue")
except ValueError:
    log.exception("failed")
listener.stop()
lines = out.getvalue().splitlines()
print(len(lines))
for n in range(3):
    mine = [line for line in lines if line.startswith("Q%d|" % n)]
    print(n, len(mine), mine[0], mine[-1])
print([line for line in lines if not line.startswith("Q")][:3])
print(lines[-1])
record = q.queue[0] if q.queue else None
print(record)

print("--- RotatingFileHandler")
base = "logging_handlers.tmp.log"
rot = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=2)
rot.setFormatter(logging.Formatter("%(message)s"))
rlog = logging.getLogger("rotating")
rlog.propagate = False
rlog.addHandler(rot)
for i in range(7):
    rlog.warning("line number %d", i)
rot.close()
for name in [base, base + ".1", base + ".2", base + ".3"]:
    if os.path.exists(name):
        with open(name) as f:
            print(name[len(base):] or "(base)", repr(f.read()))
        os.remove(name)
    else:
        print(name[len(base):], "absent")

print("--- MemoryHandler / BufferingHandler")
out = io.StringIO()
target = logging.StreamHandler(out)
memory = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("memory")
mlog.propagate = False
mlog.addHandler(memory)
mlog.warning("one")
mlog.warning("two")
print(repr(out.getvalue()), len(memory.buffer))
mlog.warning("three")
print(repr(out.getvalue()), len(memory.buffer))
mlog.warning("four")
mlog.error("five flushes")
print(repr(out.getvalue()))
mlog.warning("six")
memory.close()
print(repr(out.getvalue()), memory.target)
buffering = logging.handlers.BufferingHandler(2)
buffering.handle(logging.makeLogRecord({"msg": "a"}))
print(len(buffering.buffer), buffering.shouldFlush(None))
buffering.handle(logging.makeLogRecord({"msg": "b"}))
print(len(buffering.buffer))
