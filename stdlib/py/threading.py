"""Thread objects and synchronisation primitives, built on _thread.

This is gilpy's version of CPython 3.11's threading module.  The low-level
pieces come from the C++ module _thread:

    start_new_thread(func, args)   run func(*args) on a new OS thread
    allocate_lock()                a plain (non-reentrant) lock
    RLock()                        a reentrant lock
    _set_sentinel()                a lock the runtime releases when the
                                   calling thread has completely finished
    _local                         thread-local attribute storage

Everything else -- Thread, Condition, Semaphore, Event, Barrier, Timer --
is written here in Python on top of those locks.

A word on the GIL: gilpy, like CPython, lets only one thread run Python
code at a time, and switches threads between bytecodes.  So a single
bytecode-level operation such as `d[k] = v` or `deque.append(x)` is atomic,
but a sequence of them is not: whenever several statements must happen
together, they are guarded by a lock.  Blocking calls (lock.acquire,
time.sleep) release the GIL while they wait.

Not available in gilpy: sys.settrace/sys.setprofile (so threading.settrace
and threading.setprofile raise NotImplementedError), and the warnings
module (so the deprecated camelCase aliases such as getName() work but do
not print a DeprecationWarning).
"""

import os as _os
import sys as _sys
import _thread
from time import monotonic as _time
from itertools import count as _count
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

# Names taken straight from _thread.
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error          # this is RuntimeError
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_CRLock = _thread.RLock
local = _thread._local               # threading.local is the C++ type itself

# threading.Lock is simply the factory of plain locks.
Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Return a new reentrant lock.

    The thread that acquired it may acquire it again without blocking; it
    must release it as many times as it acquired it.
    """
    return _CRLock(*args, **kwargs)


# --- Trace and profile hooks ------------------------------------------------

# gilpy has no sys.settrace / sys.setprofile, so threads cannot be traced or
# profiled.  Passing None ("no hook") is accepted and harmless.

def setprofile(func):
    """Set a profile function for all threads started from now on.
    Not supported by gilpy: raises NotImplementedError unless func is None."""
    if func is not None:
        raise NotImplementedError(
            "threading.setprofile() is not supported by gilpy")


def getprofile():
    """Return the profile function set by setprofile() (always None)."""
    return None


def settrace(func):
    """Set a trace function for all threads started from now on.
    Not supported by gilpy: raises NotImplementedError unless func is None."""
    if func is not None:
        raise NotImplementedError(
            "threading.settrace() is not supported by gilpy")


def gettrace():
    """Return the trace function set by settrace() (always None)."""
    return None


# --- Condition variables ----------------------------------------------------

class Condition:
    """A condition variable: lets threads wait until another thread tells
    them that something (the "condition") may have changed.

    A Condition is always used together with a lock (an RLock by default).
    The usual pattern is:

        with cond:                       # take the lock
            while not ready():
                cond.wait()              # drop the lock, sleep, retake it
            use_the_data()

        with cond:                       # in the producing thread
            make_ready()
            cond.notify()                # wake one waiter

    How it works: every waiting thread creates a fresh plain lock, acquires
    it once, puts it in the `_waiters` queue and then tries to acquire it a
    second time -- which blocks.  notify() wakes a waiter by releasing that
    lock.  All changes to `_waiters` happen while the condition's own lock
    is held.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # The condition's acquire/release are the lock's own methods.
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to save and restore their full state (RLocks
        # do: an RLock acquired 3 times must be released 3 times before a
        # wait and re-acquired 3 times after it) provide these methods; for
        # other locks the simple fallbacks defined in the class are used.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Fallbacks for plain locks (see __init__).

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not record its owner.  If we can take it, then
        # nobody (in particular not us) held it; otherwise assume we do.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified (or until `timeout`
        seconds passed), then re-acquire the lock.

        Returns True if woken by notify(), False on timeout.  The caller
        must hold the lock.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()                 # the second acquire below blocks
        self._waiters.append(waiter)
        saved_state = self._release_save()
        woken = False
        try:
            if timeout is None:
                waiter.acquire()
                woken = True
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved_state)
            if not woken:
                # Timed out (or interrupted): take ourselves off the list,
                # unless a notify() already removed us in the meantime.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or until `timeout` seconds passed.

        Returns the last value of predicate().  The caller must hold the
        lock.
        """
        deadline = None
        result = predicate()
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _time() + timeout
                remaining = deadline - _time()
                if remaining <= 0:
                    break
                self.wait(remaining)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition.

        The caller must hold the lock.  The woken threads only return from
        wait() once they re-acquire the lock, i.e. after the caller
        releases it.
        """
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.popleft()
            try:
                waiter.release()
            except RuntimeError:
                # The waiter timed out at the same moment and released
                # nothing to us; it does not count.
                continue
            n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        self.notify_all()


# --- Semaphores -------------------------------------------------------------

class Semaphore:
    """A counter of available "permits".

    acquire() takes a permit, waiting while there is none; release() gives
    permits back.  The counter starts at `value` and never goes below 0.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s>" % (cls.__module__, cls.__qualname__,
                                             id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Take one permit.

        With blocking=False, return False at once if no permit is free.
        With a timeout, wait at most that many seconds and return False if
        none became free.  Return True when a permit was taken.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n permits, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to hold more permits than it started with:
    releasing too often raises ValueError, which usually reveals a bug."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s/%s>" % (
            cls.__module__, cls.__qualname__, id(self),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# --- Events -----------------------------------------------------------------

class Event:
    """A flag that threads can wait for.

    set() raises the flag and wakes every waiter; clear() lowers it again;
    wait() returns as soon as the flag is up.
    """

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__,
                                       id(self), status)

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return True if the flag is up."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self.is_set()

    def set(self):
        """Raise the flag and wake up all waiting threads."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag: later wait() calls block until set()."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is up, or `timeout` seconds passed.

        Returns the flag: True, or False if the wait timed out.
        """
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# --- Barriers ---------------------------------------------------------------

# The states a Barrier goes through.
_FILLING = 0       # threads are arriving
_DRAINING = 1      # all arrived; the woken threads are leaving wait()
_RESETTING = -1    # reset() was called while threads were waiting
_BROKEN = -2       # abort(), a timeout or a failing action broke it


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken or reset."""


class Barrier:
    """Make a fixed number of threads (`parties`) wait for each other.

    Each thread calls wait(); the calls return once `parties` threads have
    arrived, and the barrier can then be used again.  The optional `action`
    is called by one thread (the last to arrive) before the others are
    released.  `timeout` is the default timeout of wait().
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0              # threads currently inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__,
                                               id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self),
            self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait until all parties have called wait().

        Returns this thread's arrival index, from 0 to parties-1.  Raises
        BrokenBarrierError if the barrier is (or becomes) broken or reset
        while waiting, including when the wait times out.
        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A previous round may still be emptying out: wait for it.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # Last to arrive: run the action, then free everybody.
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                # The last thread out of a finished (or reset) round opens
                # the barrier for the next round.
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # Called with the lock held by the last arriving thread.
        try:
            if self._action:
                self._action()
        except:
            # A failing action breaks the barrier for everybody; the
            # exception goes on in this thread.
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _wait_for_trip(self, timeout):
        # Called with the lock held; wait until the state leaves _FILLING.
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            # Timed out: break the barrier so that the others fail too.
            self._break()
            raise BrokenBarrierError
        if self._state < 0:          # broken or reset
            raise BrokenBarrierError

    def reset(self):
        """Return the barrier to its initial, empty state.

        Threads waiting in it get BrokenBarrierError.
        """
        with self._cond:
            if self._count > 0:
                # Threads are inside wait(); the last of them to leave will
                # switch the state back to _FILLING.
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier in the broken state: current and future calls
        of wait() raise BrokenBarrierError (until reset())."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting in the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is in the broken state."""
        return self._state == _BROKEN


# --- The registry of threads ------------------------------------------------

# Thread names "Thread-1", "Thread-2", ... share one counter.
_name_counter = _count(1).__next__


def _newname(template):
    return template % _name_counter()


# _active maps the ident of every running Thread to its Thread object.
# _limbo holds the threads whose start() was called but that have not yet
# registered themselves in _active.  Both are guarded by _active_limbo_lock
# (reentrant so that e.g. enumerate() may be called from code that already
# holds it).
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# The "thread finished" locks (see Thread._set_tstate_lock) of non-daemon
# threads: _shutdown() waits on them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # Forget the locks of threads that have already finished, so that the
    # set does not grow forever when threads are never joined.  Called with
    # _shutdown_locks_lock held.
    finished = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(finished)


# --- Exceptions escaping a thread -------------------------------------------

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: a 4-tuple with the named fields
    exc_type, exc_value, exc_traceback and thread.

    Like CPython's, it is built from one 4-item sequence:
        ExceptHookArgs([exc_type, exc_value, exc_traceback, thread])
    """

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return "_thread._ExceptHookArgs(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(self._fields, self))


# Use _thread's own type when it has one (CPython's does, and its
# _excepthook accepts nothing else).
ExceptHookArgs = getattr(_thread, '_ExceptHookArgs', _ExceptHookArgs)


# The default hook, written in C++: prints "Exception in thread NAME:" and
# the traceback on sys.stderr, and ignores SystemExit.  Programs may replace
# threading.excepthook with their own function; __excepthook__ keeps the
# original.
excepthook = _thread._excepthook
__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Report the exception being handled (it escaped thread.run()) by
    calling threading.excepthook."""
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs([*_sys.exc_info(), thread]))
    except Exception as exc:
        # The hook itself failed: report that failure instead.
        exc.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        _sys.excepthook(*_sys.exc_info())


# --- Thread -----------------------------------------------------------------

class Thread:
    """A thread of control.

    Give the work to do either as `target` (called as
    target(*args, **kwargs)), or by subclassing Thread and overriding
    run().  A subclass that overrides __init__ must call
    Thread.__init__(self, ...) first.

    start() launches the thread; join() waits for it to finish.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            # Default name: "Thread-N", plus " (function name)" when the
            # target has a __name__.
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        # A new thread is a daemon if the thread creating it is one.
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        # Released when the OS thread has completely finished (see
        # _set_tstate_lock); None before start and after we noticed the end.
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # sys.stderr as it was when the thread was made; used to report
        # errors if sys.stderr is None later.
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()              # updates _is_stopped if it has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: run() will be called in a new OS thread.

        Returns once the new thread is running.  May be called only once.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        # Wait until the new thread has registered itself.
        self._started.wait()

    def run(self):
        """The thread's work.  Calls the target; subclasses may override."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so that arguments which point back to
            # this Thread do not keep it (and themselves) alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # This is the function _thread runs in the new OS thread.  (The
        # work is done by _bootstrap_inner, so that tracebacks of errors in
        # threads name the same functions as CPython's.)
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        self._set_ident()
        self._set_tstate_lock()
        self._set_native_id()
        _thread._set_name(self._name)   # for the GIL observatory (gil module)
        try:
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            try:
                self.run()
            except:
                # Anything escaping run() (SystemExit included; the default
                # hook ignores that one) goes to threading.excepthook.
                _invoke_excepthook(self)
        finally:
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # The sentinel is a lock, held on behalf of this thread, that the
        # runtime releases once the thread is completely gone.  join() and
        # is_alive() look at it.
        lock = _set_sentinel()
        if not lock.locked():
            lock.acquire()
        self._tstate_lock = lock
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

    def _stop(self):
        # Record that the thread has ended (its sentinel was released).
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Wait (or just check, with block=False) for the thread's end.
        lock = self._tstate_lock
        if lock is None:
            # Already known to have ended.
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            # Interrupted (e.g. by Ctrl-C).  If the acquire succeeded just
            # before the interruption, we hold the lock now: give it back and
            # record the end.  (CPython 3.11 only tests lock.locked(), which
            # is also true while the thread still runs and holds its lock,
            # and then wrongly marks it stopped.  A thread still registered
            # in _active has not finished, so its lock is not ours.)
            if lock.locked() and _active.get(self._ident) is not self:
                lock.release()
                self._stop()
            raise

    def join(self, timeout=None):
        """Wait until the thread ends, or at most `timeout` seconds.

        Always returns None: call is_alive() afterwards to know whether the
        thread ended or the wait timed out.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            # A negative timeout behaves like 0.
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    @property
    def name(self):
        """The thread's name (for identification only; need not be unique)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (see get_ident()), None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The OS thread id (see get_native_id()), None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread.

        The program exits when only daemon threads are left: it does not
        wait for them.  Must be set before start().
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Deprecated camelCase spellings (CPython also warns; gilpy cannot).

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval`
    seconds, unless cancel() was called first:

        t = Timer(30.0, f)
        t.start()
        t.cancel()          # f will not be called if it has not been yet
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        # Sleep on the event, so that cancel() can wake us early.
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The Thread object of the thread that imported this module (normally
    the program's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # The runtime only releases a sentinel when a thread ends, which
        # for the main thread is too late; _shutdown() releases this lock
        # itself, so a plain lock is enough.
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that was not started by this module (for example
    with _thread.start_new_thread), so that current_thread() has something
    to return.  It is a daemon, counts as alive forever and cannot be
    joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# --- Module-level functions -------------------------------------------------

def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    return active_count()


def _enumerate():
    # enumerate() without the lock, for internal use.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive (the main
    thread, started threads that have not ended, and dummy threads)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main Thread object."""
    return _main_thread


# Functions to call in _shutdown() before the threads are joined (used by
# concurrent.futures in CPython).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *args, **kwargs):
    """Register func(*args, **kwargs) to be called by _shutdown() before it
    waits for the non-daemon threads (last registered, first called)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


_main_thread = _MainThread()


def _shutdown():
    """Wait for every non-daemon thread to end.

    The interpreter calls this when the main module has finished.
    """
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return                       # already called
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    # The main thread is over: release its lock, so that threads joining
    # the main thread wake up, and mark it stopped.
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    # Join the non-daemon threads.  While we wait, they may start new
    # threads, hence the loop.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# --- After os.fork() --------------------------------------------------------

def _after_fork():
    """Repair the registry in a child process made by os.fork().

    Only the thread that called fork() exists in the child.  It becomes
    the child's main thread; every other Thread object is marked stopped.
    Locks that another thread held at the moment of the fork would stay
    locked forever in the child, so the module's own locks are replaced.
    """
    global _active_limbo_lock, _main_thread
    global _shutdown_locks_lock, _shutdown_locks
    _active_limbo_lock = RLock()
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()

    current = _active.get(get_ident())
    if current is None:
        # fork() was called from a thread not started by this module.
        current = _MainThread()
    _main_thread = current

    with _active_limbo_lock:
        for thread in set(_enumerate()):
            # Event locks may have been held by a vanished thread.
            thread._started._at_fork_reinit()
            if thread is current:
                # Still running: it needs a fresh "finished" lock, held
                # (as always) on its own behalf.
                if thread._tstate_lock is not None:
                    thread._tstate_lock._at_fork_reinit()
                    thread._tstate_lock.acquire()
                thread._ident = get_ident()
            else:
                thread._is_stopped = True
                thread._tstate_lock = None
                thread._stop()
        _limbo.clear()
        _active.clear()
        _active[current._ident] = current


if hasattr(_os, 'register_at_fork'):
    _os.register_at_fork(after_in_child=_after_fork)
