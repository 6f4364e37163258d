# Helper for daemon_deprecated.py: calls threading's deprecated aliases.
import threading


def call(t):
    out = [t.getName(), t.isDaemon()]
    t.setName('new')
    t.setDaemon(True)
    out += [t.name, t.daemon, t.getName(), t.isDaemon()]
    return out


def is_set(e):
    return e.isSet()


def counts():
    return (threading.activeCount() == threading.active_count(),
            threading.currentThread() is threading.current_thread())


def notify_all():
    c = threading.Condition()
    with c:
        c.notifyAll()
    return 'notifyAll ok'
