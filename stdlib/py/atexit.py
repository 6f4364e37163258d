"""atexit: functions to run when the interpreter exits.

gilpy runs the callbacks (interp/interpreter.cpp) at the end of a program, after the non-daemon
threads have been joined (as CPython does), when this module was imported.
Callbacks run last-registered first; an exception in one is reported as
"Exception ignored in atexit callback" and the others still run.
"""
import sys as _sys

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Runs the callbacks now (the interpreter's exit does the same in C++)."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print(f"Exception ignored in atexit callback: {func!r}", file=_sys.stderr)
            _sys.excepthook(type(exc), exc, exc.__traceback__)
