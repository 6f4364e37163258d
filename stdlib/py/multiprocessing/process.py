"""Process objects: BaseProcess, current_process, parent_process,
active_children (gilpy, fork start method).

Behaviour, reprs and messages follow CPython 3.11's
multiprocessing.process; the implementation is gilpy's own.  A child is
a fork() of its parent: the target and its arguments are not pickled, the
child runs them directly and ends with os._exit().
"""

__all__ = ['BaseProcess', 'current_process', 'active_children',
           'parent_process']

import os
import sys
import itertools
import threading


def current_process():
    """Return the Process object for the current process."""
    return _current_process


def active_children():
    """The child processes of the current process that are still alive
    (ended ones are reaped on the way)."""
    _cleanup()
    return list(_children)


def parent_process():
    """The parent's Process object (None in the main process)."""
    return _parent_process


def _cleanup():
    # Reap the children that have ended.
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


class BaseProcess(object):
    """A process object: run() is executed in a forked child once start()
    is called."""

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' +
                              ':'.join(str(i) for i in self._identity))
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """The process's activity: calls the target (override it in a
        subclass)."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start the child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        from multiprocessing import util
        util._register_exit_hook()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # The child has its own copies: do not keep the target alive here.
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        """Send SIGTERM to the process."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Send SIGKILL to the process."""
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Wait until the process ends (or timeout seconds pass)."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Whether the process is running."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Release the resources of an ended process."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still "
                                 "running. You should first call join() or "
                                 "terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Whether the process is daemonic (terminated when its parent
        exits)."""
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        """The exit code: None while running, -N if killed by signal N."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        """The process id (None before start())."""
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        else:
            return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        """A file descriptor that becomes readable when the process ends."""
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        """Run in the forked child: returns the exit code."""
        global _current_process, _parent_process, _process_counter, _children
        from multiprocessing import util
        exitcode = 1
        try:
            _children = set()
            _process_counter = itertools.count(1)
            _parent_process = _ParentProcess(self._parent_name,
                                             self._parent_pid,
                                             parent_sentinel)
            _current_process = self
            util._after_fork_in_child()
            util._run_after_forkers()
            _threads_after_fork()
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            try:
                sys.stderr.write('Process %s:\n' % self.name)
                sys.excepthook(type(e), e, e.__traceback__)
            except BaseException:
                pass
        finally:
            try:
                _join_child_threads()
            except BaseException:
                pass
            util._flush_std_streams()
        return exitcode


def _threads_after_fork():
    # Hooks the parent registered with threading._register_atexit (thread
    # pools, our own exit hook) belong to the parent.
    atexits = getattr(threading, '_threading_atexits', None)
    if atexits is not None:
        del atexits[:]
    # Thread objects copied from the parent do not run here.
    global _inherited_threads
    _inherited_threads = [t for t in threading.enumerate()
                          if t is not threading.current_thread()]


def _join_child_threads():
    # Wait for the non-daemon threads this child started (CPython's
    # _bootstrap calls threading._shutdown()).
    me = threading.current_thread()
    while True:
        pending = [t for t in threading.enumerate()
                   if t is not me and not t.daemon and t.is_alive()
                   and not any(t is u for u in _inherited_threads)]
        if not pending:
            return
        for t in pending:
            t.join()


class _ParentProcess(BaseProcess):
    """The parent as seen from a child."""

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        return os.getppid() == self._pid

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        from multiprocessing.connection import wait
        wait([self._sentinel], timeout=timeout)


class _MainProcess(BaseProcess):
    """The Process object of the main program."""

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': os.urandom(32),
                        'semprefix': '/mp'}

    def close(self):
        pass


_parent_process = None
_inherited_threads = []
_current_process = _MainProcess()
_process_counter = itertools.count(1)
_children = set()
del _MainProcess

_exitcode_to_name = {}
for _name, _num in (('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3),
                    ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
                    ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
                    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12),
                    ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15)):
    _exitcode_to_name[-_num] = f'-{_name}'
del _name, _num
