"""Futures, the executor base class, wait() and as_completed() for gilpy.

Behaviour, states and error messages follow CPython 3.11's
concurrent.futures._base; the implementation is gilpy's own.

A Future moves through the states
    PENDING -> RUNNING -> FINISHED                (normal run)
    PENDING -> CANCELLED -> CANCELLED_AND_NOTIFIED (cancelled before it ran)
All state lives under the future's Condition.  Code that waits on many
futures at once (wait, as_completed) registers a _Waiter on each of them;
a future reports to its waiters when it finishes or when a cancellation
is acknowledged by the executor (set_running_or_notify_cancel).
"""

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'   # internal mode used by as_completed()

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                            # cancel() succeeded
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'  # ...and waiters were told
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

# States in which a future is "done" for wait()/as_completed().  A future in
# plain CANCELLED is not reported to waiters until the executor notices it.
_DONE_FOR_WAITERS = (CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for the errors of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since Python 3.11 the module's TimeoutError is the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the future's current state."""


class BrokenExecutor(RuntimeError):
    """An executor became unusable after a severe failure."""


def _report_exception(message):
    """Write `message` and the exception being handled to sys.stderr.

    CPython sends these through the `logging` module (whose last-resort
    handler prints the message and the traceback to stderr); gilpy has no
    logging module, so the same text is written directly."""
    err = sys.stderr
    if err is None:
        return
    exc_type, exc, tb = sys.exc_info()
    err.write(message + "\n")
    sys.excepthook(exc_type, exc, tb)


class _Waiter(object):
    """Collects futures that complete while wait() or as_completed() runs.

    `mode` is one of FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED or
    _AS_COMPLETED; `pending` counts the futures still to finish (used by
    the two "all" modes).  The event is set when the caller should wake up.
    """

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _completed(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self.mode in (_AS_COMPLETED, FIRST_COMPLETED):
                self.event.set()
            elif failed and self.mode == FIRST_EXCEPTION:
                self.event.set()
            else:
                self.pending -= 1
                if self.pending <= 0:
                    self.event.set()

    # The three notifications a Future sends.
    def add_result(self, future):
        self._completed(future, False)

    def add_exception(self, future):
        self._completed(future, True)

    def add_cancelled(self, future):
        self._completed(future, False)

    def take_finished(self):
        """Return (and forget) the futures collected so far."""
        with self.lock:
            got = self.finished_futures
            self.finished_futures = []
            self.event.clear()
        return got


class _LockAll(object):
    """Hold the conditions of many futures at once (in a fixed order, by id,
    so two threads locking overlapping sets cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc):
        for f in self.futures:
            f._condition.release()


def _new_waiter(fs, mode):
    """Create a waiter for `mode` and attach it to every future in fs.
    The caller holds the conditions of all the futures."""
    if mode not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                    ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % mode)
    pending = 0
    for f in fs:
        if f._state not in _DONE_FOR_WAITERS:
            pending += 1
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _detach_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Iterate over the futures in fs as they complete (finish or are
    cancelled).  Futures already done come first.  Duplicates are yielded
    once.  Raises TimeoutError if `timeout` seconds after the first
    next() call some futures are still unfinished."""
    if timeout is not None:
        deadline = time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _LockAll(fs):
        ready = [f for f in fs if f._state in _DONE_FOR_WAITERS]
        pending = fs.difference(ready)
        waiter = _new_waiter(fs, _AS_COMPLETED)
    try:
        for f in ready:
            yield f
        while pending:
            if timeout is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(remaining)
            for f in waiter.take_finished():
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _detach_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until futures in fs complete as `return_when` asks, or until
    `timeout` seconds pass.  Returns DoneAndNotDoneFutures(done, not_done),
    two sets."""
    fs = set(fs)
    with _LockAll(fs):
        done = set(f for f in fs if f._state in _DONE_FOR_WAITERS)
        not_done = fs - done
        # Already satisfied?  (The caller holds every condition, so the
        # direct _state/_exception reads are safe.)
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if f._state == FINISHED and f._exception is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _new_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _detach_waiter(fs, waiter)
    done.update(waiter.take_finished())
    return DoneAndNotDoneFutures(done, fs - done)


class Future(object):
    """The result of a call that may not have happened yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _call_callback(self, fn):
        try:
            fn(self)
        except Exception:
            _report_exception('exception calling callback for %r' % (self,))

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            self._call_callback(fn)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            head = '<%s at %#x state=%s' % (type(self).__name__, id(self), state)
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return head + ' raised %s>' % type(self._exception).__name__
            return head + ' returned %s>' % type(self._result).__name__

    def cancel(self):
        """Cancel the call if it has not started.  Returns False if it is
        running or finished, True otherwise."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        # Called with the condition held and the state FINISHED.
        if self._exception:
            raise self._exception
        return self._result

    def _wait_finished(self, timeout):
        """With the condition held: wait up to `timeout` for the future to
        finish; raise CancelledError / TimeoutError as appropriate."""
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """Return the call's value (waiting up to `timeout` seconds), or
        raise the exception the call raised."""
        with self._condition:
            self._wait_finished(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned),
        waiting up to `timeout` seconds."""
        with self._condition:
            self._wait_finished(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future completes, or now if it is
        already done.  Callbacks run in the order they were added."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        self._call_callback(fn)

    # --- for executors (and tests) ---------------------------------------

    def set_running_or_notify_cancel(self):
        """Called by an executor before running the call.  Returns False
        (and reports the cancellation to waiters) if the future was
        cancelled, True after marking it RUNNING."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            # CPython logs this as critical before raising.
            if sys.stderr is not None:
                sys.stderr.write('Future %s in unexpected state: %s\n'
                                 % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for w in self._waiters:
                if exception is None:
                    w.add_result(self)
                else:
                    w.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """Mark the future finished with `result`."""
        self._finish(result, None)

    def set_exception(self, exception):
        """Mark the future finished with `exception`."""
        self._finish(None, exception)

    # Future[int] in annotations: a GenericAlias where the runtime has one.
    if hasattr(types, 'GenericAlias'):
        __class_getitem__ = classmethod(types.GenericAlias)
    else:
        @classmethod
        def __class_getitem__(cls, item):
            return cls


def _result_then_cancel(future, timeout=None):
    """Wait for future's result; cancel it if that fails (timeout)."""
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Executor(object):
    """Base class of executors: subclasses implement submit() and
    shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) but the calls run in the executor.

        All calls are submitted at once; the returned iterator yields the
        results in order.  A call's exception is raised when its result is
        reached, and TimeoutError if a result is not ready `timeout`
        seconds after map() was called.  `chunksize` is ignored by thread
        executors."""
        if timeout is not None:
            deadline = time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            # Consume from the front; whatever is left when the consumer
            # stops (or a call fails) is cancelled.
            futures.reverse()
            try:
                while futures:
                    f = futures.pop()
                    if timeout is None:
                        yield _result_then_cancel(f)
                    else:
                        yield _result_then_cancel(f, deadline - time.monotonic())
                    f = None
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; see the subclasses."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
