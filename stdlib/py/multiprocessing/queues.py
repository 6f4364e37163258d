"""Process-shared queues (gilpy): Queue, JoinableQueue, SimpleQueue.

A queue is a pipe (multiprocessing.connection) plus process-shared locks.
Queue.put() pickles the object at once (so an unpicklable object raises in
the caller -- CPython pickles later, in the feeder thread, and only prints
the error) and hands the bytes to a feeder thread that writes them to the
pipe, so put() never blocks on a full pipe.  At the end of a process the
feeder threads are joined, so what was put is written out (unless
cancel_join_thread() was called).  Behaviour and messages otherwise follow
CPython 3.11's multiprocessing.queues.
"""

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

import collections
import os
import sys
import threading
import time

from queue import Empty, Full

from multiprocessing import connection
from multiprocessing import util
from multiprocessing.reduction import ForkingPickler as _ForkingPickler

_SEM_VALUE_MAX = 2147483647

# Queues whose feeder thread runs in this process: id -> queue.
_feeding = {}


def _flush_feeders():
    """Let every feeder thread of this process write out its buffer."""
    for q in list(_feeding.values()):
        try:
            if q._pid != os.getpid():
                continue
            if not q._joincancelled:
                q._finalize_close()
                t = q._thread
                if t is not None and t is not threading.current_thread():
                    t.join()
        except Exception:
            pass
    _feeding.clear()


def _default_ctx(ctx):
    if ctx is None:
        from multiprocessing import context
        ctx = context._default_context.get_context()
    return ctx


class _Sentinel(object):
    pass


_sentinel = _Sentinel()


class Queue(object):

    def __init__(self, maxsize=0, *, ctx=None):
        ctx = _default_ctx(ctx)
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._wlock = ctx.Lock()
        self._sem = ctx.BoundedSemaphore(maxsize)
        self._ignore_epipe = False
        self._reset()

    def __getstate__(self):
        from multiprocessing.context import assert_spawning
        assert_spawning(self)

    def _reset(self):
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._joincancelled = False
        self._closed = False
        self._pid = os.getpid()

    def _check_fork(self):
        # A forked child inherits the queue but not its feeder thread.
        if self._pid != os.getpid():
            self._reset()

    def _reserve(self, obj, block, timeout):
        """The first half of put(): a slot in the queue (waiting for one if
        it is full), and obj pickled at once, so an unpicklable object
        raises in the caller."""
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._check_fork()
        if not self._sem.acquire(block, timeout):
            raise Full
        try:
            return _ForkingPickler.dumps(obj)
        except BaseException:
            self._sem.release()
            raise

    def put(self, obj, block=True, timeout=None):
        data = self._reserve(obj, block, timeout)
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(data)
            self._notempty.notify()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            with self._rlock:
                res = self._reader.recv_bytes()
            self._sem.release()
        else:
            if block:
                deadline = time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._reader.poll(timeout):
                        raise Empty
                elif not self._reader.poll():
                    raise Empty
                res = self._reader.recv_bytes()
                self._sem.release()
            finally:
                self._rlock.release()
        return _ForkingPickler.loads(res)

    def qsize(self):
        return self._maxsize - self._sem._semlock._get_value()

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem._semlock._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True
        self._check_fork()
        self._finalize_close()

    def _finalize_close(self):
        with self._notempty:
            if self._thread is not None:
                self._buffer.append(_sentinel)
                self._notempty.notify()

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        self._check_fork()
        t = self._thread
        if t is not None and t is not threading.current_thread():
            t.join()

    def cancel_join_thread(self):
        self._joincancelled = True
        _feeding.pop(id(self), None)

    def _start_thread(self):
        # Called with self._notempty held.
        t = threading.Thread(target=self._feed,
                             name='QueueFeederThread')
        t.daemon = True
        self._thread = t
        t.start()
        if not self._joincancelled:
            _feeding[id(self)] = self
            util._register_exit_hook()

    def _feed(self):
        notempty = self._notempty
        buffer = self._buffer
        writer = self._writer
        wlock = self._wlock
        while True:
            with notempty:
                while not buffer:
                    notempty.wait()
                items = list(buffer)
                buffer.clear()
            for data in items:
                if data is _sentinel:
                    writer.close()
                    _feeding.pop(id(self), None)
                    return
                try:
                    with wlock:
                        writer.send_bytes(data)
                except Exception as e:
                    if self._ignore_epipe and isinstance(e, BrokenPipeError):
                        return
                    if util.is_exiting():
                        return
                    self._on_queue_feeder_error(e, data)

    @staticmethod
    def _on_queue_feeder_error(e, obj):
        """Private API hook called when feeding data in the background
        thread raises an exception."""
        try:
            sys.stderr.write('Traceback (most recent call last):\n')
            sys.excepthook(type(e), e, e.__traceback__)
        except Exception:
            pass


class JoinableQueue(Queue):

    def __init__(self, maxsize=0, *, ctx=None):
        ctx = _default_ctx(ctx)
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = ctx.Semaphore(0)
        self._cond = ctx.Condition()

    def put(self, obj, block=True, timeout=None):
        data = self._reserve(obj, block, timeout)
        with self._notempty, self._cond:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(data)
            self._unfinished_tasks.release()
            self._notempty.notify()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._semlock._is_zero():
                self._cond.wait()


class SimpleQueue(object):

    def __init__(self, *, ctx=None):
        ctx = _default_ctx(ctx)
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._wlock = ctx.Lock()

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def __getstate__(self):
        from multiprocessing.context import assert_spawning
        assert_spawning(self)

    def get(self):
        with self._rlock:
            res = self._reader.recv_bytes()
        return _ForkingPickler.loads(res)

    def put(self, obj):
        obj = _ForkingPickler.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(obj)

    __class_getitem__ = classmethod(lambda cls, item: cls)
