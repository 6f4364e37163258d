"""multiprocessing for gilpy: processes made with fork().

The API of CPython 3.11's multiprocessing with the 'fork' start method:
Process, current_process, parent_process, active_children, cpu_count,
Pool, Queue, SimpleQueue, JoinableQueue, Pipe, Value, Array, RawValue,
RawArray, Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event,
Barrier, get_context, get/set_start_method.  'spawn', 'forkserver' and
Manager() are not available (they raise an error saying what is missing).

A child process is a fork() of its parent: Process targets and their
arguments are not pickled.  Pool tasks and queue items are pickled, with
functions (even lambdas and closures), shared arrays and locks sent by
reference -- see multiprocessing.reduction.
"""

import sys

from multiprocessing import context

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore',
    'BufferTooShort', 'Condition', 'Event', 'JoinableQueue', 'Lock',
    'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue', 'RLock',
    'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue', 'TimeoutError',
    'Value', 'active_children', 'allow_connection_pickling', 'cpu_count',
    'current_process', 'freeze_support', 'get_all_start_methods',
    'get_context', 'get_logger', 'get_start_method', 'log_to_stderr',
    'parent_process', 'reducer', 'set_executable',
    'set_forkserver_preload', 'set_start_method',
]

_ctx = context._default_context

Process = context.Process
ProcessError = context.ProcessError
BufferTooShort = context.BufferTooShort
TimeoutError = context.TimeoutError
AuthenticationError = context.AuthenticationError

current_process = _ctx.current_process
parent_process = _ctx.parent_process
active_children = _ctx.active_children
cpu_count = _ctx.cpu_count
Manager = _ctx.Manager
Lock = _ctx.Lock
RLock = _ctx.RLock
Condition = _ctx.Condition
Semaphore = _ctx.Semaphore
BoundedSemaphore = _ctx.BoundedSemaphore
Event = _ctx.Event
Barrier = _ctx.Barrier
Pipe = _ctx.Pipe
Queue = _ctx.Queue
JoinableQueue = _ctx.JoinableQueue
SimpleQueue = _ctx.SimpleQueue
Pool = _ctx.Pool
RawValue = _ctx.RawValue
RawArray = _ctx.RawArray
Value = _ctx.Value
Array = _ctx.Array
freeze_support = _ctx.freeze_support
get_logger = _ctx.get_logger
log_to_stderr = _ctx.log_to_stderr
allow_connection_pickling = _ctx.allow_connection_pickling
set_executable = _ctx.set_executable
set_forkserver_preload = _ctx.set_forkserver_preload
get_context = _ctx.get_context
get_start_method = _ctx.get_start_method
set_start_method = _ctx.set_start_method
get_all_start_methods = _ctx.get_all_start_methods


def __getattr__(name):
    if name == 'reducer':
        return _ctx.reducer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SUBDEBUG = 5
SUBWARNING = 25
