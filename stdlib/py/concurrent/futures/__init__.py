"""Run calls asynchronously: Futures and executors (gilpy).

ThreadPoolExecutor runs calls on threads, ProcessPoolExecutor on forked
worker processes (see concurrent.futures.process).
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return list(__all__) + ['__doc__']


def __getattr__(name):
    # The executors are imported on first use, as in CPython.
    global ThreadPoolExecutor, ProcessPoolExecutor
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
