"""ProcessPoolExecutor for gilpy: runs calls in forked worker processes.

Behaviour and messages follow CPython 3.11's concurrent.futures.process;
the implementation is gilpy's own: the executor drives a
multiprocessing.pool.Pool (fork start method), whose tasks are pickled
with functions -- also lambdas and closures that existed when the workers
were forked -- sent by reference.

* An exception raised by a call is re-raised by Future.result() with the
  worker's traceback text as its __cause__ (_RemoteTraceback), as in
  CPython.
* A worker that dies (killed, os._exit(), a crash) breaks the pool within
  a fraction of a second: pending futures fail with BrokenProcessPool and
  later submit() calls raise it.
* Arguments or results that cannot be pickled make the future fail with
  the pickling error.
* The worker processes are started with the first submit().
"""

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

import itertools
import os
import threading
from functools import partial

from concurrent.futures import _base

EXTRA_QUEUED_CALLS = 1

_global_shutdown = False
_live_executors = {}


def _python_exit():
    # At interpreter exit: let every executor finish its queued work.
    global _global_shutdown
    _global_shutdown = True
    for ex in list(_live_executors.values()):
        try:
            ex.shutdown(wait=True)
        except Exception:
            pass


_register_atexit = getattr(threading, '_register_atexit', None)
if _register_atexit is not None:
    _register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state."""


BrokenProcessPool.__module__ = 'concurrent.futures.process'


def _get_chunks(*iterables, chunksize):
    """Iterates over zip()ed iterables in chunks."""
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """Processes a chunk of an iterable passed to map (in a worker)."""
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    """Specialized implementation of itertools.chain.from_iterable; each
    item of iterable is a list that is consumed as it goes."""
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class ProcessPoolExecutor(_base.Executor):
    _counter = itertools.count()

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is not None:
            method = mp_context.get_start_method(allow_none=False)
            if method != 'fork':
                raise ValueError(
                    "gilpy's ProcessPoolExecutor supports only the 'fork' "
                    "start method, not %r" % (method,))
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._shutdown_lock = threading.Lock()
        self._shutdown_thread = False
        self._broken = False
        self._pending = {}            # id(future) -> future
        self._key = next(ProcessPoolExecutor._counter)

    def _get_pool(self):
        if self._pool is None:
            from multiprocessing.pool import Pool
            self._pool = Pool(self._max_workers, self._initializer,
                              self._initargs, self._max_tasks_per_child,
                              context=self._mp_context)
            _live_executors[self._key] = self
        return self._pool

    def _on_result(self, f, value):
        self._pending.pop(id(f), None)
        if f.set_running_or_notify_cancel():
            f.set_result(value)

    def _on_error(self, f, exc):
        self._pending.pop(id(f), None)
        from multiprocessing.pool import BrokenPoolError, RemoteTraceback
        if isinstance(exc, BrokenPoolError):
            self._broken = ('A child process terminated abruptly, the '
                            'process pool is not usable anymore')
            new = BrokenProcessPool(
                'A process in the process pool was terminated abruptly '
                'while the future was running or pending.')
            new.__cause__ = _RemoteTraceback(
                '\n"""\n%s\n"""' % (exc.args[0] if exc.args else exc))
            exc = new
        elif isinstance(exc.__cause__, RemoteTraceback):
            exc.__cause__ = _RemoteTraceback(exc.__cause__.tb)
        if f.set_running_or_notify_cancel():
            f.set_exception(exc)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            pool = self._get_pool()
            self._pending[id(f)] = f
            try:
                pool.apply_async(fn, args, kwargs,
                                 callback=partial(self._on_result, f),
                                 error_callback=partial(self._on_error, f))
            except Exception as e:
                from multiprocessing.pool import BrokenPoolError
                self._pending.pop(id(f), None)
                if isinstance(e, BrokenPoolError):
                    self._broken = ('A child process terminated abruptly, '
                                    'the process pool is not usable anymore')
                    raise BrokenProcessPool(self._broken) from None
                raise
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter), the calls run
        in the worker processes chunksize items at a time."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(partial(_process_chunk, fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
        pool = self._pool
        if cancel_futures:
            for f in list(self._pending.values()):
                f.cancel()
            self._pending.clear()
            if pool is not None:
                pool.terminate()
        if pool is not None:
            pool.close()
            if wait:
                pool.join()
                _live_executors.pop(self._key, None)
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
