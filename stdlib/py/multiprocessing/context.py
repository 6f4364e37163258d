"""Contexts and start methods (gilpy): only 'fork' is available.

get_context('fork') / set_start_method('fork') work as in CPython 3.11;
'spawn' and 'forkserver' raise an error naming what gilpy lacks for them.
"""

import os
import sys

from multiprocessing import process
from multiprocessing import reduction

__all__ = ()


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_UNAVAILABLE = {
    'spawn': "the 'spawn' start method is not available in gilpy: it needs "
             "a fresh interpreter that re-imports the main module and "
             "receives the process object pickled; use 'fork'",
    'forkserver': "the 'forkserver' start method is not available in gilpy: "
                  "it needs a server process and passing file descriptors "
                  "over sockets; use 'fork'",
}


def _check_method(method):
    if method in _UNAVAILABLE:
        raise NotImplementedError(_UNAVAILABLE[method])
    if method != 'fork':
        raise ValueError('cannot find context for %r' % (method,))


class BaseContext(object):
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        """Returns the number of CPUs in the system"""
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        return num

    def Manager(self):
        raise NotImplementedError(
            "multiprocessing.Manager() is not available in gilpy (it needs "
            "a server process and proxies); use shared Value/Array, Queue "
            "or Pipe")

    def Lock(self):
        """Returns a non-recursive lock object"""
        from multiprocessing.synchronize import Lock
        return Lock(ctx=self.get_context())

    def RLock(self):
        """Returns a recursive lock object"""
        from multiprocessing.synchronize import RLock
        return RLock(ctx=self.get_context())

    def Condition(self, lock=None):
        """Returns a condition object"""
        from multiprocessing.synchronize import Condition
        return Condition(lock, ctx=self.get_context())

    def Semaphore(self, value=1):
        """Returns a semaphore object"""
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value, ctx=self.get_context())

    def BoundedSemaphore(self, value=1):
        """Returns a bounded semaphore object"""
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self.get_context())

    def Event(self):
        """Returns an event object"""
        from multiprocessing.synchronize import Event
        return Event(ctx=self.get_context())

    def Barrier(self, parties, action=None, timeout=None):
        """Returns a barrier object"""
        from multiprocessing.synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self.get_context())

    def Pipe(self, duplex=True):
        """Returns two connection object connected by a pipe"""
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Queue(self, maxsize=0):
        """Returns a queue object"""
        from multiprocessing.queues import Queue
        return Queue(maxsize, ctx=self.get_context())

    def JoinableQueue(self, maxsize=0):
        """Returns a queue object"""
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self.get_context())

    def SimpleQueue(self):
        """Returns a queue object"""
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue(ctx=self.get_context())

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        """Returns a process pool object"""
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild,
                    context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        """Returns a shared object"""
        from multiprocessing.sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        """Returns a shared array"""
        from multiprocessing.sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        """Returns a synchronized shared object"""
        from multiprocessing.sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock,
                     ctx=self.get_context())

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        """Returns a synchronized shared array"""
        from multiprocessing.sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock,
                     ctx=self.get_context())

    def freeze_support(self):
        """Does nothing outside frozen Windows programs."""
        pass

    def get_logger(self):
        from multiprocessing.util import get_logger
        return get_logger()

    def log_to_stderr(self, level=None):
        from multiprocessing.util import log_to_stderr
        return log_to_stderr(level)

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        raise NotImplementedError(
            "set_executable() is only meaningful for the 'spawn' start "
            "method, which gilpy does not have")

    def set_forkserver_preload(self, module_names):
        raise NotImplementedError(_UNAVAILABLE['forkserver'])

    def get_context(self, method=None):
        if method is None:
            return self
        _check_method(method)
        return _fork_context

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    @property
    def reducer(self):
        """Controls how objects will be reduced to a form that can be
        shared with other processes."""
        return globals().get('reduction')

    @reducer.setter
    def reducer(self, reduction):
        raise NotImplementedError(
            "replacing the reducer is not supported by gilpy")

    def _check_available(self):
        pass


class Process(process.BaseProcess):
    """A process object (fork start method)."""
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _default_context.get_context().Process._Popen(process_obj)

    @staticmethod
    def _after_fork():
        return _default_context.get_context().Process._after_fork()


class ForkProcess(process.BaseProcess):
    _start_method = 'fork'

    @staticmethod
    def _Popen(process_obj):
        from multiprocessing.popen_fork import Popen
        return Popen(process_obj)


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess

    def get_context(self, method=None):
        if method is None:
            return self
        _check_method(method)
        return self


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        _check_method(method)
        return _fork_context

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        _check_method(method)
        self._actual_context = _fork_context

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        """The start methods gilpy supports (CPython also lists 'spawn' and
        'forkserver')."""
        return ['fork']


_fork_context = ForkContext()
_default_context = DefaultContext(_fork_context)
_concrete_contexts = {'fork': _fork_context}


def _force_start_method(method):
    _default_context._actual_context = _concrete_contexts[method]


def get_spawning_popen():
    return None


def assert_spawning(obj):
    raise RuntimeError(
        '%s objects should only be shared between processes'
        ' through inheritance' % type(obj).__name__
    )
