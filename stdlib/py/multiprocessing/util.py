"""Helpers shared by gilpy's multiprocessing modules (fork start method).

* The exit hook: when the main program ends, daemonic child processes are
  terminated and every child is joined (reaped), as CPython's
  multiprocessing.util._exit_function does.  gilpy has no atexit module;
  the hook is registered with threading._register_atexit, which runs when
  the main module has finished (also after an uncaught exception).
* After-fork hooks: callables run in a freshly forked child before its
  target starts (used to reset per-process state).
* Flushing the standard streams, closing file descriptors.
"""

import os
import sys
import threading

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger',
           'log_to_stderr', 'register_after_fork', 'is_exiting',
           'Finalize', 'ForkAwareThreadLock', 'ForkAwareLocal']

_exiting = False

# (key, function) pairs run in a child right after fork, in registration
# order.  Keys allow objects to register once.
_afterfork_registry = {}
_afterfork_counter = [0]


def sub_debug(msg, *args):
    pass


def debug(msg, *args):
    pass


def info(msg, *args):
    pass


def sub_warning(msg, *args):
    pass


def get_logger():
    raise NotImplementedError(
        "multiprocessing.get_logger() is not available in gilpy "
        "(there is no logging module)")


def log_to_stderr(level=None):
    raise NotImplementedError(
        "multiprocessing.log_to_stderr() is not available in gilpy "
        "(there is no logging module)")


def is_exiting():
    return _exiting


def register_after_fork(obj, func):
    """Call func(obj) in every child forked from now on."""
    _afterfork_counter[0] += 1
    _afterfork_registry[(_afterfork_counter[0], id(obj))] = (func, obj)


def _run_after_forkers():
    items = sorted(_afterfork_registry.items())
    for (index, ident), (func, obj) in items:
        try:
            func(obj)
        except Exception:
            pass


class Finalize(object):
    """A callback run once, either explicitly or at exit (no weak
    references in gilpy: the object is kept alive until then)."""

    _registry = {}
    _counter = [0]

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._pid = os.getpid()
        Finalize._counter[0] += 1
        self._key = (exitpriority if exitpriority is not None else 0,
                     Finalize._counter[0])
        if exitpriority is not None:
            Finalize._registry[self._key] = self

    def __call__(self, wr=None):
        Finalize._registry.pop(self._key, None)
        if self._callback is None or self._pid != os.getpid():
            return None
        callback, self._callback = self._callback, None
        return callback(*self._args, **self._kwargs)

    def cancel(self):
        Finalize._registry.pop(self._key, None)
        self._callback = None

    def still_active(self):
        return self._callback is not None


def _run_finalizers(minpriority=None):
    keys = sorted(Finalize._registry, reverse=True)
    for key in keys:
        if minpriority is not None and key[0] < minpriority:
            continue
        f = Finalize._registry.get(key)
        if f is not None:
            try:
                f()
            except Exception:
                pass


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (AttributeError, ValueError, OSError):
            pass


def close_fds(*fds):
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def _exit_function():
    """End of a process: stop daemonic children, reap all children, flush
    queue feeder threads."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    from multiprocessing import process
    _run_finalizers(0)
    children = process.active_children()
    for p in children:
        if p.daemon:
            p._popen.terminate()
    for p in process.active_children():
        p.join()
    # Queues: let their feeder threads push out what was put.
    try:
        from multiprocessing import queues
        queues._flush_feeders()
    except ImportError:
        pass
    _run_finalizers()


def _after_fork_in_child():
    global _exiting
    _exiting = False
    # Finalizers of the parent do not belong to the child.
    for key in list(Finalize._registry):
        f = Finalize._registry[key]
        if f._pid != os.getpid():
            del Finalize._registry[key]


_exit_hook_registered = [False]


def _register_exit_hook():
    """Register _exit_function to run when the main program ends."""
    if _exit_hook_registered[0]:
        return
    _exit_hook_registered[0] = True
    try:
        threading._register_atexit(_exit_function)
    except RuntimeError:
        pass


class ForkAwareThreadLock(object):
    """A threading lock that is re-created in a forked child."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def _get(self):
        if self._pid != os.getpid():
            self._lock = threading.Lock()
            self._pid = os.getpid()
        return self._lock

    def acquire(self, *args):
        return self._get().acquire(*args)

    def release(self):
        return self._get().release()

    def __enter__(self):
        return self._get().__enter__()

    def __exit__(self, *args):
        return self._get().__exit__(*args)


class ForkAwareLocal(threading.local):
    pass
