"""multiprocessing.dummy: the multiprocessing API on top of threads (gilpy).

Process is a threading.Thread subclass, the synchronisation primitives and
Queue are the threading/queue ones, Value and Array are plain objects, and
Pool is multiprocessing.pool.ThreadPool.  Behaviour follows CPython 3.11's
multiprocessing.dummy; the implementation is gilpy's own.
"""

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue',
]

import array
import sys
import threading
import time

from threading import Lock, RLock, Semaphore, BoundedSemaphore
from threading import Event, Condition, Barrier
from queue import Queue


class DummyProcess(threading.Thread):
    """A "process" that is a thread of this process."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = {}          # started DummyProcesses (as dict keys)
        self._start_called = False
        self._parent = current_process()

    def start(self):
        parent = current_process()
        if self._parent is not parent:
            raise RuntimeError(
                "Parent is {0!r} but current_process is {1!r}".format(
                    self._parent, parent))
        self._start_called = True
        children = getattr(self._parent, '_children', None)
        if children is not None:
            children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        """0 once the thread has run and ended, None before that."""
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread
# The thread that imports this module can have children; others get a
# _children dict when they are a DummyProcess.
current_process()._children = {}


def active_children():
    """The DummyProcesses started by the current thread still running."""
    children = getattr(current_process(), '_children', None)
    if children is None:
        return []
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    """Does nothing (as in CPython outside frozen Windows programs)."""
    pass


class Namespace(object):
    """A plain attribute bag (what a Manager's Namespace would be)."""

    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % (k, v) for k, v in self.__dict__.items()
                       if not k.startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    """A shared array: with threads, simply an array.array."""
    return array.array(typecode, sequence)


class Value(object):
    """A shared value: with threads, an object with a `value` attribute."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode,
                                 self._value)


def Manager():
    """No server process is needed: the "manager" is this module."""
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    """A ThreadPool of `processes` threads (default os.cpu_count())."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue


class Connection(object):
    """One end of a Pipe(): objects are passed through two queues."""

    def __init__(self, _in, _out):
        self._in = _in
        self._out = _out
        self.send = self.send_bytes = _out.put
        self.recv = self.recv_bytes = _in.get

    def poll(self, timeout=0.0):
        """True if something can be received (waiting up to timeout)."""
        if self._in.qsize() > 0:
            return True
        if timeout is not None and timeout <= 0.0:
            return False
        cond = getattr(self._in, 'not_empty', None)
        if cond is not None:
            with cond:
                cond.wait(timeout)
        else:
            deadline = None if timeout is None else time.monotonic() + timeout
            while self._in.qsize() == 0 and (deadline is None or
                                             time.monotonic() < deadline):
                time.sleep(0.001)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    """Two connected Connections (always two-way, as in CPython)."""
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)
