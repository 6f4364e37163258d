"""ThreadPoolExecutor for gilpy: runs calls on a pool of OS threads.

Behaviour and messages follow CPython 3.11's concurrent.futures.thread;
the implementation is gilpy's own.

How it works
------------
submit() wraps the call in a _WorkItem, puts it on the executor's work
queue and, unless a worker is idle, starts a new worker thread (up to
max_workers).  Workers take items off the queue and run them.  A None on
the queue is a wake-up call: a worker that gets one checks whether it
should stop (executor shut down, executor gone, interpreter exiting); if
so it puts the None back for the next worker and ends.

The workers share a small _PoolState object with the executor rather than
a reference to the executor itself, so the executor is not kept alive by
its threads.  (CPython uses a weak reference for this; gilpy has none.)

At interpreter exit, CPython's threading module calls the functions
registered with threading._register_atexit() before joining non-daemon
threads: there we stop every worker after it has run the work already
queued.  If the threading module has no such hook, the workers are
daemon threads instead, so an executor that is never shut down cannot
keep the interpreter from exiting.
"""

import itertools
import os
import queue
import threading

from concurrent.futures import _base

# Set once the interpreter starts to exit; no new work is accepted then.
_exiting = False
_exit_lock = threading.Lock()
# Every live worker thread -> its executor's work queue (for the exit hook).
_live_workers = {}


def _stop_all_workers():
    """Interpreter-exit hook: let each worker finish the queued work, then
    stop it, and wait for all of them."""
    global _exiting
    with _exit_lock:
        _exiting = True
    workers = list(_live_workers.items())
    for thread, work_queue in workers:
        work_queue.put(None)
    for thread, work_queue in workers:
        thread.join()


_register_atexit = getattr(threading, '_register_atexit', None)
if _register_atexit is not None:
    _register_atexit(_stop_all_workers)
    _DAEMON_WORKERS = False
else:
    _DAEMON_WORKERS = True


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread of a ThreadPoolExecutor failed to initialize."""


class _WorkItem(object):
    """One submitted call and the Future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        # A cancelled future is only acknowledged, never run.
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(value)


class _PoolState(object):
    """What an executor shares with its worker threads."""

    def __init__(self):
        self.work_queue = queue.SimpleQueue()
        # Counts workers waiting for work: submit() starts a new thread only
        # when it cannot take one of these.
        self.idle = threading.Semaphore(0)
        self.lock = threading.Lock()       # guards shutdown/broken/the queue
        self.shutdown = False
        self.broken = False                # False, or the reason (a str)
        self.owner_gone = False            # the executor was destroyed

    def drain(self):
        """Remove and return the work items still queued (lock held)."""
        items = []
        while True:
            try:
                item = self.work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def initializer_failed(self):
        """A worker's initializer raised: the pool is broken; fail every
        call still waiting in the queue."""
        with self.lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            for item in self.drain():
                item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(state, initializer, initargs):
    """Body of a worker thread."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report_exception('Exception in initializer:')
            state.initializer_failed()
            _live_workers.pop(threading.current_thread(), None)
            return
    work_queue = state.work_queue
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                item = None        # drop the call's arguments and result now
                state.idle.release()
                continue
            # A wake-up call: stop if there will be no more work.
            if _exiting or state.owner_gone or state.shutdown:
                state.shutdown = True
                work_queue.put(None)   # pass the wake-up on to the next worker
                return
    except BaseException:
        _base._report_exception('Exception in worker')
    finally:
        _live_workers.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs each call on one of a pool of threads."""

    # Numbers the executors that get the default thread name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers: most threads to use (default min(32, cpus + 4)).
        thread_name_prefix: prefix of the worker threads' names.
        initializer(*initargs): called first in each worker thread; if it
        raises, the executor becomes broken (BrokenThreadPool)."""
        if max_workers is None:
            # At least 5 threads for I/O-bound work, at most 32 so big
            # machines do not get hundreds of idle threads.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._state = _PoolState()
        self._max_workers = max_workers
        self._work_queue = self._state.work_queue
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    # Read-only views of the shared state, named as in CPython.
    @property
    def _shutdown(self):
        return self._state.shutdown

    @property
    def _broken(self):
        return self._state.broken

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker; return its Future."""
        state = self._state
        with state.lock, _exit_lock:
            if state.broken:
                raise BrokenThreadPool(state.broken)
            if state.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            state.work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._add_worker_if_needed()
            return future

    def _add_worker_if_needed(self):
        # An idle worker will pick the new item up: nothing to do.
        if self._state.idle.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        name = '%s_%d' % (self._thread_name_prefix or self, count)
        t = threading.Thread(name=name, target=_worker,
                             args=(self._state, self._initializer,
                                   self._initargs))
        if _DAEMON_WORKERS:
            t.daemon = True
        t.start()
        self._threads.add(t)
        _live_workers[t] = self._state.work_queue

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls.  cancel_futures: cancel the calls not yet
        started.  wait: return only when every worker has ended (after
        running the calls still queued)."""
        state = self._state
        with state.lock:
            state.shutdown = True
            if cancel_futures:
                for item in state.drain():
                    item.future.cancel()
            # Wake the workers; each one passes the None on.
            state.work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()

    def __del__(self):
        # The executor is going away: tell its workers to stop once the
        # queue is empty (what CPython does from a weakref callback).
        state = getattr(self, '_state', None)
        if state is not None:
            state.owner_gone = True
            state.work_queue.put(None)
