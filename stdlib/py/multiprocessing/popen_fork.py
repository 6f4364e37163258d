"""Starting a child process with os.fork() (gilpy).

The child runs process_obj._bootstrap() -- the target is called directly,
nothing is pickled -- and ends with os._exit(exitcode).  The parent keeps
the read end of a pipe whose write end only the child holds: it becomes
readable (end of file) when the child ends, which is how join(timeout)
waits.  Exit codes follow CPython: the child's exit status, or -N if it was
killed by signal N.
"""

import os
import sys
import time

from multiprocessing import util

__all__ = ['Popen']

try:
    import signal as _signal
    _SIGTERM = _signal.SIGTERM
    _SIGKILL = _signal.SIGKILL
except (ImportError, AttributeError):
    _signal = None
    _SIGTERM = 15
    _SIGKILL = 9


def _exitcode(status):
    f = getattr(os, 'waitstatus_to_exitcode', None)
    if f is not None:
        return f(status)
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


class Popen(object):
    method = 'fork'

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.sentinel = None
        self._fds = ()
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def poll(self, flag=None):
        if flag is None:
            flag = os.WNOHANG
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except ChildProcessError:
                # Reaped by another thread waiting at the same time.
                return self.returncode
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = _exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                from multiprocessing.connection import wait
                if not wait([self.sentinel], timeout):
                    return None
            return self.poll(os.WNOHANG if timeout == 0.0 else 0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(_SIGTERM)

    def kill(self):
        self._send_signal(_SIGKILL)

    def _launch(self, process_obj):
        code = 1
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                try:
                    util._flush_std_streams()
                finally:
                    os._exit(code)
        else:
            os.close(child_w)
            os.close(child_r)
            self._fds = (parent_r, parent_w)
            self.sentinel = parent_r

    def close(self):
        fds, self._fds = self._fds, ()
        util.close_fds(*fds)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
