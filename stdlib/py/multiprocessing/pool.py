"""Worker pools for gilpy: the Pool machinery and its thread backend.

Behaviour and messages follow CPython 3.11's multiprocessing.pool; the
implementation is gilpy's own.

Design
------
The pool is split in two parts so that the same task/result machinery can
drive different kinds of workers:

* The machinery (Pool, _PoolCore, the result classes, `worker`) knows
  nothing about how a worker runs.  Calls are turned into tasks
  (job, index, func, args, kwds); three helper threads of the parent
  move them along:
    - the task feeder takes batches of tasks off `taskqueue` and puts
      each task on the backend's `inqueue`;
    - each worker runs `worker()`: take a task from `inqueue`, call it,
      put (job, index, (ok, value)) on `outqueue`;
    - the result collector takes outcomes off `outqueue` and hands them
      to the waiting result object (ApplyResult, MapResult,
      IMapIterator), found by job number in the pool's cache;
    - the maintainer keeps the number of live workers at `processes`
      (replacing workers that ended, e.g. after `maxtasksperchild`
      tasks) and starts the shutdown of the feeder once the pool is
      closed and every job is done.

* A backend (a _WorkerBackend subclass) supplies the workers: it makes
  the two queues, starts a worker running `worker(*args)`, and knows how
  to throw away queued tasks on terminate().  _ThreadBackend runs
  workers as threads (multiprocessing.dummy.Process) over queue.SimpleQueue.
  A process backend (later) would start forked processes and use pipe-
  backed queues that pickle tasks, set `wrap_exception` so exceptions
  travel with their traceback, and set `poll_interval` so the maintainer
  notices workers that died.

Pool itself is process-backed and not available yet in gilpy: creating
one raises NotImplementedError.  ThreadPool is the thread-backed Pool.
"""

import collections
import itertools
import os
import queue
import sys
import threading

from multiprocessing import TimeoutError
from multiprocessing import util
from multiprocessing.reduction import ForkingPickler as _ForkingPickler
from multiprocessing.connection import _read_exact, _write_all

try:
    import select as _select
except ImportError:
    _select = None
try:
    import signal as _signal
except ImportError:
    _signal = None

_dumps = _ForkingPickler.dumps
_loads = _ForkingPickler.loads

__all__ = ['Pool', 'ThreadPool']

# Pool states.
INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'

# Job numbers: each async result registers itself in its pool's cache
# under a fresh number, and workers tag every outcome with it.
job_counter = itertools.count()


def mapstar(args):
    """Run one chunk of a map(): args is (func, tuple_of_items)."""
    return list(map(*args))


def starmapstar(args):
    """Run one chunk of a starmap(): args is (func, tuple_of_arg_tuples)."""
    return list(itertools.starmap(args[0], args[1]))


def _helper_reraises_exception(ex):
    """Task sent in place of the items that follow a failure of the user's
    iterable: the error then reaches the result like a task's error."""
    raise ex


class MaybeEncodingError(Exception):
    """A worker could not send a result back (e.g. it cannot be pickled)."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)


def _report_exception(message):
    """Write `message` and the exception being handled to stderr."""
    err = sys.stderr
    if err is None:
        return
    exc_type, exc, tb = sys.exc_info()
    err.write(message + "\n")
    sys.excepthook(exc_type, exc, tb)


# ---------------------------------------------------------------------------
# The worker loop (the same for every backend)
# ---------------------------------------------------------------------------

def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=None):
    """Run tasks from inqueue until a None arrives (or maxtasks are done),
    putting each outcome on outqueue.  wrap_exception, if given, converts a
    task's exception before it is sent (process backends)."""
    if maxtasks is not None and not (isinstance(maxtasks, int)
                                     and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            outcome = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception is not None and func is not _helper_reraises_exception:
                e = wrap_exception(e)
            outcome = (False, e)
        try:
            outqueue.put((job, i, outcome))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, outcome[1]))))
        # Do not keep the last task's objects alive while waiting.
        task = job = func = args = kwds = outcome = None
        completed += 1


# ---------------------------------------------------------------------------
# Backends
# ---------------------------------------------------------------------------

class _WorkerBackend(object):
    """How a pool's workers run.  Subclasses provide:

    make_queues() -> (inqueue, outqueue): objects with put(obj) and get()
        (blocking); the parent puts tasks on inqueue, workers put outcomes
        on outqueue.
    start_worker(args, notify_exit) -> handle: start a worker running
        worker(*args).  The handle has is_alive(), join(timeout=None) and
        `exitcode` (None while running), and terminate() if the backend
        can stop a worker forcibly (`can_terminate`).  notify_exit() may be
        called when the worker ends, to wake the maintainer at once.
    discard_queued(inqueue, nworkers): on terminate(), drop the tasks no
        worker has taken yet and make the workers stop.
    wrap_exception: None, or a function applied to a task's exception in
        the worker before it is sent back.
    poll_interval: how often (seconds) the maintainer checks for ended
        workers; None if every worker calls notify_exit().
    """
    can_terminate = False
    wrap_exception = None
    poll_interval = None
    breaks_on_worker_death = False

    def make_queues(self):
        raise NotImplementedError

    def start_worker(self, args, notify_exit):
        raise NotImplementedError

    def discard_queued(self, inqueue, nworkers):
        raise NotImplementedError


class _ThreadBackend(_WorkerBackend):
    """Workers are threads of this process; tasks are passed as objects."""

    def make_queues(self):
        return queue.SimpleQueue(), queue.SimpleQueue()

    def start_worker(self, args, notify_exit):
        # Imported here: multiprocessing.dummy imports this module.
        from multiprocessing.dummy import Process

        class _PoolThread(Process):
            _run_done = False

            def run(self):
                try:
                    Process.run(self)
                finally:
                    self._run_done = True
                    notify_exit()

            @property
            def exitcode(self):
                # Ended as soon as run() is over, so the maintainer woken by
                # notify_exit() sees it even if the thread is still exiting.
                return 0 if self._run_done else None

        w = _PoolThread(target=worker, args=args)
        w.daemon = True
        w.start()
        return w

    def discard_queued(self, inqueue, nworkers):
        # Empty the task queue, then give every worker a stop signal.
        try:
            while True:
                inqueue.get(block=False)
        except queue.Empty:
            pass
        for _ in range(nworkers):
            inqueue.put(None)



# ---------------------------------------------------------------------------
# Errors of the process backend
# ---------------------------------------------------------------------------

class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker process (the
    __cause__ of the exception re-raised in the parent)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _format_exception(exc):
    """The text CPython's traceback.format_exception(exc) gives."""
    import io
    buf = io.StringIO()
    old = sys.stderr
    hook = getattr(sys, '__excepthook__', None) or sys.excepthook
    try:
        sys.stderr = buf
        hook(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = old
    return buf.getvalue()


class ExceptionWithTraceback(object):
    """Sent by a worker in place of an exception: rebuilt in the parent as
    the exception with a RemoteTraceback as its __cause__."""

    def __init__(self, exc, tb=None):
        self.exc = exc
        self.tb = '\n"""\n%s"""' % _format_exception(exc)

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


def _wrap_exception(e):
    return ExceptionWithTraceback(e, e.__traceback__)


class BrokenPoolError(Exception):
    """A worker process of the pool ended abruptly (killed, os._exit(), a
    crash) while the pool was running: pending and later calls fail.
    (CPython's Pool hangs in this case, gh-66587.)"""


BrokenPoolError.__module__ = 'multiprocessing.pool'

_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL',
                 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL',
                 11: 'SIGSEGV', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


def _describe_death(name, code):
    if code < 0:
        how = 'was killed by signal %d (%s), exit code %d' % (
            -code, _SIGNAL_NAMES.get(-code, 'signal %d' % -code), code)
    else:
        how = 'exited unexpectedly with exit code %d' % code
    return ('a worker process of the pool (%s) %s; the pool is broken and '
            'was terminated' % (name, how))


# ---------------------------------------------------------------------------
# The process backend
# ---------------------------------------------------------------------------

_EAGAIN = (11, 35)     # EAGAIN/EWOULDBLOCK on Linux and BSDs


class _Aborted(OSError):
    pass


class _PipeQueue(object):
    """A pipe between the pool's parent and its workers, carrying pickled
    messages framed as in multiprocessing.connection.

    One side is the parent (a single thread writes the task queue, a single
    thread reads the result queue), the other the workers, which share the
    pipe and take turns through a process-shared lock.  The parent's end is
    non-blocking so that terminate() can abort a parent thread stuck on it
    (workers may have died, or died holding the lock).
    """

    def __init__(self, ctx, parent_writes):
        self._rfd, self._wfd = os.pipe()
        self._parent_writes = parent_writes
        self._plock = threading.Lock()          # parent-side threads
        self._wlock = ctx.Lock()                # workers' side
        self._aborted = False
        os.set_blocking(self._wfd if parent_writes else self._rfd, False)
        self._in_worker = False

    def abort(self):
        self._aborted = True

    def _in_child(self):
        # In a worker: close the parent's end.
        self._in_worker = True
        fd = self._wfd if self._parent_writes else self._rfd
        try:
            os.close(fd)
        except OSError:
            pass

    # -- parent side: non-blocking fd, select() with a short timeout ------

    def _wait(self, fd, write):
        if self._aborted:
            raise _Aborted("pool terminated")
        if write:
            _select.select([], [fd], [], 0.2)
        else:
            _select.select([fd], [], [], 0.2)
        if self._aborted:
            raise _Aborted("pool terminated")

    def _parent_write(self, data):
        fd = self._wfd
        done = 0
        total = len(data)
        while done < total:
            try:
                done += os.write(fd, data[done:] if done else data)
            except OSError as e:
                # gilpy: os.write raises OSError(EAGAIN), not
                # BlockingIOError.
                if e.errno not in _EAGAIN:
                    raise
                self._wait(fd, True)

    def _parent_read(self, n):
        fd = self._rfd
        chunks = []
        while n > 0:
            try:
                chunk = os.read(fd, n)
            except OSError as e:
                if e.errno not in _EAGAIN:
                    raise
                self._wait(fd, False)
                continue
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b''.join(chunks)

    # -- the queue interface the machinery uses ---------------------------

    def put(self, obj):
        if (self._parent_writes and not self._in_worker
                and type(obj) is tuple and len(obj) == 5):
            # A task: its call is pickled separately, so that a worker
            # that cannot unpickle it reports the error for this task.
            obj = (obj[0], obj[1], _dumps(obj[2:]))
        data = _dumps(obj)
        data = _frame(data)
        if self._in_worker:
            with self._wlock:
                _write_all(self._wfd, data)
        else:
            if self._aborted:
                if obj is None:
                    return             # wake-up message: nobody to wake
                raise _Aborted("pool terminated")
            with self._plock:
                self._parent_write(data)

    def get(self):
        if self._in_worker:
            with self._wlock:
                size = int.from_bytes(_read_exact(self._rfd, 4), 'big',
                                      signed=True)
                if size == -1:
                    size = int.from_bytes(_read_exact(self._rfd, 8), 'big')
                data = _read_exact(self._rfd, size) if size else b''
        else:
            size = int.from_bytes(self._parent_read(4), 'big', signed=True)
            if size == -1:
                size = int.from_bytes(self._parent_read(8), 'big')
            data = self._parent_read(size) if size else b''
        msg = _loads(data)
        if self._in_worker and type(msg) is tuple and len(msg) == 3:
            return (msg[0], msg[1], _call_pickled, (msg[2],), {})
        return msg

    def close(self):
        util.close_fds(self._rfd, self._wfd)


def _call_pickled(blob):
    """Run a task whose call (func, args, kwds) arrived pickled."""
    func, args, kwds = _loads(blob)
    return func(*args, **kwds)


def _frame(data):
    n = len(data)
    if n > 0x7fffffff:
        return (-1).to_bytes(4, 'big', signed=True) + n.to_bytes(8, 'big') + data
    return n.to_bytes(4, 'big', signed=True) + data


def _process_worker(backend, args):
    """The target of a pool worker process."""
    backend.inqueue._in_child()
    backend.outqueue._in_child()
    for q in _all_pool_queues:
        if q is not backend.inqueue and q is not backend.outqueue:
            # Another pool's pipes: close our copies, so that its workers
            # see end-of-file when their parent is gone.
            try:
                q._in_child()
            except Exception:
                pass
    if _signal is not None:
        try:
            # Ctrl-C goes to the parent, which stops the workers.
            _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
        except (ValueError, OSError):
            pass
    _start_parent_watch()
    worker(*args)


def _start_parent_watch():
    """A daemon thread that ends this worker if its parent dies."""
    ppid = os.getppid()

    def watch():
        import time
        while True:
            time.sleep(0.25)
            if os.getppid() != ppid:
                os._exit(1)

    t = threading.Thread(target=watch, name='PoolParentWatch')
    t.daemon = True
    t.start()


_all_pool_queues = []


class _ProcessBackend(_WorkerBackend):
    """Workers are forked processes; tasks and results travel pickled over
    pipes (functions, shared arrays and locks by reference)."""

    can_terminate = True
    wrap_exception = staticmethod(_wrap_exception)
    poll_interval = 0.1
    breaks_on_worker_death = True

    def __init__(self, context):
        from multiprocessing import context as _context
        if context is None:
            context = _context._default_context.get_context()
        self.ctx = context
        self.Process = _context.ForkProcess

    def make_queues(self):
        self.inqueue = _PipeQueue(self.ctx, parent_writes=True)
        self.outqueue = _PipeQueue(self.ctx, parent_writes=False)
        _all_pool_queues.append(self.inqueue)
        _all_pool_queues.append(self.outqueue)
        return self.inqueue, self.outqueue

    def start_worker(self, args, notify_exit):
        w = self.Process(target=_process_worker, args=(self, args))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        return w

    def discard_queued(self, inqueue, nworkers):
        # The workers are terminated right after this; parent threads
        # blocked on the pipes give up.
        self.inqueue.abort()
        self.outqueue.abort()

    def close(self):
        for q in (self.inqueue, self.outqueue):
            try:
                _all_pool_queues.remove(q)
            except ValueError:
                pass
            q.close()

# ---------------------------------------------------------------------------
# The shared core: what the pool's helper threads work on
# ---------------------------------------------------------------------------

class _Flags(object):
    """The run state of each helper thread (RUN, CLOSE or TERMINATE)."""

    def __init__(self):
        self.maintainer = RUN
        self.feeder = RUN
        self.collector = RUN


class _PoolCore(object):
    """Everything the helper threads share.  The Pool object owns one;
    the helper threads see only this, never the Pool itself."""

    def __init__(self, backend, processes, initializer, initargs,
                 maxtasksperchild):
        self.backend = backend
        self.processes = processes
        self.initializer = initializer
        self.initargs = initargs
        self.maxtasksperchild = maxtasksperchild
        self.inqueue, self.outqueue = backend.make_queues()
        self.taskqueue = queue.SimpleQueue()   # (tasks, set_length) or None
        self.notifier = queue.SimpleQueue()    # wakes the maintainer
        self.cache = {}                        # job number -> result object
        self.workers = []
        self.flags = _Flags()
        self.threads = []                      # maintainer, feeder, collector
        self.terminated = False
        self.broken = None                     # BrokenPoolError once broken

    # --- jobs --------------------------------------------------------------

    def add_job(self, result):
        job = next(job_counter)
        self.cache[job] = result
        return job

    def job_done(self, job):
        del self.cache[job]
        if not self.cache:
            self.notifier.put(None)   # a closing pool may be able to end now

    def deliver(self, job, i, outcome):
        result = self.cache.get(job)
        if result is not None:
            result._set(i, outcome)

    # --- workers -----------------------------------------------------------

    def _wake(self):
        self.notifier.put(None)

    def reap_workers(self):
        """Forget the workers that have ended; True if there were any.
        A worker that ended with a non-zero exit code (killed, os._exit,
        a crash) breaks the pool (process backends)."""
        reaped = False
        dead = None
        for i in range(len(self.workers) - 1, -1, -1):
            w = self.workers[i]
            code = w.exitcode
            if code is not None:
                w.join()
                del self.workers[i]
                reaped = True
                if code != 0 and dead is None:
                    dead = (w, code)
        if (dead is not None and self.backend.breaks_on_worker_death
                and not self.terminated and self.broken is None
                and self.flags.maintainer != TERMINATE):
            self.break_pool(*dead)
        return reaped

    def break_pool(self, w, code):
        """A worker died: every pending job fails with BrokenPoolError, and
        the pool is terminated (the dead worker may have held a task or a
        queue lock)."""
        err = BrokenPoolError(_describe_death(getattr(w, 'name', 'worker'),
                                              code))
        self.broken = err
        for result in list(self.cache.values()):
            try:
                result._fail(err)
            except Exception:
                pass
        self.terminate()

    def add_workers(self):
        """Start workers until there are `processes` of them."""
        args = (self.inqueue, self.outqueue, self.initializer, self.initargs,
                self.maxtasksperchild, self.backend.wrap_exception)
        while len(self.workers) < self.processes:
            self.workers.append(self.backend.start_worker(args, self._wake))

    def wait_for_change(self):
        """Block until something may need the maintainer's attention."""
        try:
            self.notifier.get(timeout=self.backend.poll_interval)
        except queue.Empty:
            return
        while True:          # several wake-ups may have piled up
            try:
                self.notifier.get_nowait()
            except queue.Empty:
                return

    # --- the helper threads ------------------------------------------------

    def run_maintainer(self):
        flags = self.flags
        # Keep the pool populated while running, and after close() until
        # every job has its result (a worker may end before that).
        while flags.maintainer == RUN or (self.cache and
                                          flags.maintainer != TERMINATE):
            self.reap_workers()
            if flags.maintainer != TERMINATE and self.broken is None:
                self.add_workers()
            self.wait_for_change()
        self.taskqueue.put(None)    # the feeder can stop now

    def run_feeder(self):
        flags = self.flags
        while True:
            entry = self.taskqueue.get()
            if entry is None:
                break
            tasks, set_length = entry
            last = None
            stopped = False
            for task in tasks:
                if flags.feeder != RUN:
                    stopped = True
                    break
                try:
                    self.inqueue.put(task)
                except Exception as e:
                    # The backend could not take the task (e.g. pickling).
                    self.deliver(task[0], task[1], (False, e))
                last = task
            if stopped:
                break
            if set_length is not None:
                set_length(last[1] + 1 if last is not None else 0)
            tasks = entry = last = None
        try:
            self.outqueue.put(None)            # collector: no more tasks
            for _ in range(len(self.workers)):
                self.inqueue.put(None)         # each worker: stop
        except OSError:
            pass

    def run_collector(self):
        flags = self.flags
        get = self.outqueue.get
        # Until the feeder says there are no more tasks...
        while True:
            try:
                msg = get()
            except (OSError, EOFError):
                return
            if flags.collector != RUN or msg is None:
                break
            self.deliver(*msg)
            msg = None
        # ...then until every job still waiting has its result.
        while self.cache and flags.collector != TERMINATE:
            try:
                msg = get()
            except (OSError, EOFError):
                return
            if msg is not None:
                self.deliver(*msg)
            msg = None

    def start_threads(self):
        for target in (self.run_maintainer, self.run_feeder,
                       self.run_collector):
            t = threading.Thread(target=target)
            t.daemon = True
            t.start()
            self.threads.append(t)

    # --- terminate ---------------------------------------------------------

    def terminate(self):
        """Stop everything now: queued tasks are dropped, jobs without a
        result stay unready.  Runs at most once."""
        if self.terminated:
            return
        self.terminated = True
        maintainer, feeder, collector = self.threads
        me = threading.current_thread()
        self.flags.maintainer = TERMINATE
        self._wake()
        self.flags.feeder = TERMINATE
        self.taskqueue.put(None)    # the feeder may be waiting for tasks
        self.backend.discard_queued(self.inqueue, len(self.workers))
        self.flags.collector = TERMINATE
        self._wake()
        self.outqueue.put(None)
        # The maintainer must be gone before workers are stopped, or it
        # would start new ones.
        if me is not maintainer:
            maintainer.join()
        if self.backend.can_terminate:
            for w in self.workers:
                if w.exitcode is None:
                    w.terminate()
        if me is not feeder:
            feeder.join()
        if me is not collector:
            collector.join()
        if self.backend.can_terminate:
            for w in self.workers:
                if w.is_alive():
                    w.join()


# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------

class Pool(object):
    """A pool of workers that run calls asynchronously.

    The base class is process-backed; gilpy has no process backend yet,
    so only subclasses that supply one (ThreadPool) can be created."""

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def _make_backend(self, context):
        return _ProcessBackend(context)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._state = INIT
        self._pool = []
        backend = self._make_backend(context)
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        core = _PoolCore(backend, processes, initializer, initargs,
                         maxtasksperchild)
        self._core = core
        self._pool = core.workers
        self._cache = core.cache
        self._taskqueue = core.taskqueue
        try:
            core.add_workers()
        except Exception:
            if backend.can_terminate:
                for w in core.workers:
                    if w.exitcode is None:
                        w.terminate()
            for w in core.workers:
                w.join()
            raise
        core.start_threads()
        self._state = RUN

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")
        broken = self._core.broken
        if broken is not None:
            raise BrokenPoolError(*broken.args)

    # --- submitting work ---------------------------------------------------

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) run in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        """Start func(*args, **kwds) in a worker; returns an AsyncResult.
        callback(value) or error_callback(exception) is called (in a helper
        thread) when it completes."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers in chunks."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        """Asynchronous map(): returns a MapResult."""
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        """Asynchronous starmap(): returns a MapResult."""
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None,
                   callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            # About four chunks per worker: ceil(n / (4 * workers)).
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        chunks = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put(
            (self._guarded_task_generation(result._job, mapper, chunks), None))
        return result

    def imap(self, func, iterable, chunksize=1):
        """Iterator over func(x) for x in iterable, in order, yielding each
        result as soon as it (and those before it) are ready."""
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            self._taskqueue.put(
                (self._guarded_task_generation(result._job, func, iterable),
                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0:n}".format(chunksize))
        return self._chunked_imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap() but yields results in the order they complete."""
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            self._taskqueue.put(
                (self._guarded_task_generation(result._job, func, iterable),
                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0!r}".format(chunksize))
        return self._chunked_imap(IMapUnorderedIterator, func, iterable,
                                  chunksize)

    def _chunked_imap(self, iterator_class, func, iterable, chunksize):
        chunks = Pool._get_tasks(func, iterable, chunksize)
        result = iterator_class(self)
        self._taskqueue.put(
            (self._guarded_task_generation(result._job, mapstar, chunks),
             result._set_length))
        # Flatten the chunks' result lists.
        return (item for chunk in result for item in chunk)

    @staticmethod
    def _get_tasks(func, it, size):
        """Split `it` into (func, chunk) pairs of `size` items."""
        it = iter(it)
        while True:
            chunk = tuple(itertools.islice(it, size))
            if not chunk:
                return
            yield (func, chunk)

    def _guarded_task_generation(self, job, func, iterable):
        """Tasks (job, i, func, (x,), {}) for the items of `iterable`.  If
        iterating raises, one last task delivers that exception."""
        i = -1
        try:
            for i, x in enumerate(iterable):
                yield (job, i, func, (x,), {})
        except Exception as e:
            yield (job, i + 1, _helper_reraises_exception, (e,), {})

    # --- ending ------------------------------------------------------------

    def close(self):
        """Accept no more work; the workers end once all of it is done."""
        if self._state == RUN:
            self._state = CLOSE
            self._core.flags.maintainer = CLOSE
            self._core.notifier.put(None)

    def terminate(self):
        """Stop at once; work not yet started is dropped."""
        self._state = TERMINATE
        self._core.terminate()
        if not any(t.is_alive() for t in self._core.threads):
            self._release()

    def join(self):
        """Wait for the workers to end; close() or terminate() first."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for t in self._core.threads:
            t.join()
        for w in self._pool:
            w.join()
        self._release()

    def _release(self):
        # Everything has ended: close the backend's pipes.
        close = getattr(self._core.backend, 'close', None)
        if close is not None and not getattr(self, '_released', False):
            self._released = True
            close()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ThreadPool(Pool):
    """A Pool whose workers are threads (multiprocessing.dummy.Pool)."""

    def _make_backend(self, context):
        return _ThreadBackend()

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------

def _call_user_callback(fn, arg):
    # CPython lets an exception from a callback kill its result thread
    # (the pool then hangs); gilpy reports it and carries on.
    try:
        fn(arg)
    except Exception:
        _report_exception('Exception in pool callback %r:' % (fn,))


class ApplyResult(object):
    """The result of apply_async()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._core = pool._core
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        self._job = self._core.add_job(self)

    def ready(self):
        """True once the call has completed."""
        return self._event.is_set()

    def successful(self):
        """True if the call returned (ValueError while not ready)."""
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        """Wait up to `timeout` seconds for the call to complete."""
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The call's value (or raise its exception); TimeoutError if it
        does not complete within `timeout` seconds."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _finish(self):
        # Callbacks have run: wake get()/wait() and leave the cache.
        self._event.set()
        self._core.job_done(self._job)
        self._pool = None

    def _fail(self, err):
        # The pool broke before this result was complete.
        if self._event.is_set():
            return
        self._success = False
        self._value = err
        if self._error_callback:
            _call_user_callback(self._error_callback, err)
        self._finish()

    def _set(self, i, outcome):
        if self._event.is_set():
            return
        self._success, self._value = outcome
        if self._success:
            if self._callback:
                _call_user_callback(self._callback, self._value)
        elif self._error_callback:
            _call_user_callback(self._error_callback, self._value)
        self._finish()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async()/starmap_async(): a list filled in chunk by
    chunk.  If chunks fail, the first error received is kept, and the
    result is ready only when every chunk has reported."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            # Nothing to compute: ready now (no callback, as in CPython).
            self._chunks_left = 0
            self._event.set()
            self._core.job_done(self._job)
        else:
            self._chunks_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, outcome):
        if self._event.is_set():
            return
        self._chunks_left -= 1
        ok, value = outcome
        if ok and self._success:
            start = i * self._chunksize
            self._value[start:start + self._chunksize] = value
        elif not ok and self._success:
            self._success = False
            self._value = value
        if self._chunks_left == 0:
            if self._success:
                if self._callback:
                    _call_user_callback(self._callback, self._value)
            elif self._error_callback:
                _call_user_callback(self._error_callback, self._value)
            self._finish()


class IMapIterator(object):
    """The iterator imap() returns; next(timeout) may wait for a result."""

    def __init__(self, pool):
        self._pool = pool
        self._core = pool._core
        self._cond = threading.Condition(threading.Lock())
        self._items = collections.deque()   # outcomes ready to be yielded
        self._index = 0                     # outcomes received (in order)
        self._length = None                 # number of tasks, once known
        self._unsorted = {}                 # early outcomes, by index
        self._job = self._core.add_job(self)

    def __iter__(self):
        return self

    def _fail(self, err):
        with self._cond:
            if self._index == self._length:
                return
            self._broken = err
            self._cond.notify_all()
            self._core.job_done(self._job)
            self._pool = None

    _broken = None

    def next(self, timeout=None):
        with self._cond:
            if not self._items and self._broken is not None:
                raise self._broken
            if not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items and self._broken is not None:
                    raise self._broken
                if not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
            ok, value = self._items.popleft()
        if ok:
            return value
        raise value

    __next__ = next

    def _all_received(self):
        # Called with the condition held.
        if self._index == self._length:
            self._core.job_done(self._job)
            self._pool = None

    def _set(self, i, outcome):
        with self._cond:
            if self._broken is not None:
                return
            if i != self._index:
                self._unsorted[i] = outcome   # wait for the ones before it
                return
            self._items.append(outcome)
            self._index += 1
            while self._index in self._unsorted:
                self._items.append(self._unsorted.pop(self._index))
                self._index += 1
            self._cond.notify()
            self._all_received()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._all_received()


class IMapUnorderedIterator(IMapIterator):
    """The iterator imap_unordered() returns: results in completion order."""

    def _set(self, i, outcome):
        with self._cond:
            if self._broken is not None:
                return
            self._items.append(outcome)
            self._index += 1
            self._cond.notify()
            self._all_received()
