# logging from several threads: one handler, every line whole, the
# threadName attribute of each record, and the handler's lock.
import io
import logging
import threading

out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(threadName)s %(name)s %(levelname)s %(message)s"))
log = logging.getLogger("worker")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def work(n):
    child = log.getChild("w%d" % n)
    for i in range(50):
        child.info("item %d of worker %d", i, n)


threads = [threading.Thread(target=work, args=(n,), name="T%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.info("all done")

lines = out.getvalue().splitlines()
print(len(lines))
print(lines[-1])
by_thread = {}
for line in lines[:-1]:
    thread_name, logger_name, level, _, i, _, _, n = line.split(" ")
    assert thread_name == "T" + n and logger_name == "worker.w" + n and level == "INFO", line
    by_thread.setdefault(thread_name, []).append(int(i))
for name in sorted(by_thread):
    print(name, by_thread[name] == list(range(50)))

# A handler's lock is re-entrant and taken around emit().
seen = []


class Recording(logging.Handler):
    def emit(self, record):
        # Taking the lock again inside emit must not deadlock.
        with self.lock:
            seen.append((record.threadName, record.getMessage()))


rec_handler = Recording()
log.addHandler(rec_handler)
t = threading.Thread(target=lambda: log.warning("from %s", "a thread"), name="Solo")
t.start()
t.join()
print(seen)
print(type(handler.lock).__name__ in ("RLock", "_RLock"))
