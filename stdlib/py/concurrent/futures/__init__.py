"""Run calls asynchronously: Futures and executors (gilpy).

ThreadPoolExecutor is available; ProcessPoolExecutor is not yet (gilpy has
no multiprocessing yet): looking it up raises NotImplementedError.
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

# ProcessPoolExecutor is left out of __all__ (CPython lists it) so that
# `from concurrent.futures import *` works while it is unavailable.
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
    'ThreadPoolExecutor',
)


def __dir__():
    return list(__all__) + ['ProcessPoolExecutor', '__doc__']


def __getattr__(name):
    # The executors are imported on first use, as in CPython.
    global ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        raise NotImplementedError(
            "concurrent.futures.ProcessPoolExecutor is not available yet in "
            "gilpy (needs multiprocessing)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
