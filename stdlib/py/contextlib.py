"""Helpers for writing and combining context managers.

gilpy's synchronous subset: contextmanager, ContextDecorator, closing,
nullcontext, suppress, redirect_stdout, redirect_stderr, ExitStack and
AbstractContextManager (a plain base class here, there is no abc).
"""

import sys
from functools import wraps

__all__ = ['contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress']


class AbstractContextManager:
    """A base class for context managers: __enter__ returns self and
    __exit__ does nothing (subclasses override it)."""

    def __enter__(self):
        """The manager itself is the value bound by `as`."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Do nothing, so exceptions from the block propagate."""
        return None


class ContextDecorator:
    """Mixin for context managers: an instance used as a decorator runs the
    decorated function inside the context."""

    def _recreate_cm(self):
        # Each decorated call needs a fresh context manager when the
        # manager is single use (as generator-based ones are).
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What @contextmanager functions return: runs the generator up to its
    yield on entry and resumes it (or throws the exception into it) on
    exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed to recreate the manager for a
        # decorated call; drop them so they are not kept alive.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The with statement may pass only the type (e.g. from C code).
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator swallowed the exception unless the
            # StopIteration is the very exception thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration raised in the body is turned into a
            # RuntimeError by the generator machinery; re-raise the original.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turn a generator function into a context manager factory.

    The decorated generator function must yield exactly once: code before
    the yield runs on entry (the yielded value is bound by `as`), code
    after it runs on exit; an exception from the block is raised at the
    yield.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Call thing.close() when the block ends; `as` gives thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager with no effect whose __enter__ returns
    enter_result; handy where a manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be entered re-entrantly.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Point sys.stdout at another file object for the block."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Point sys.stderr at another file object for the block."""

    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Silence the given exception classes: the block stops where one is
    raised, and execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """A context manager holding a stack of other exit actions.

    Callbacks run in LIFO order when the stack is closed or its with block
    ends; an exception raised by one is seen by the ones that run after it.
    """

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move all registered callbacks to a new stack and return it, so
        that closing this one runs none of them."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register exit(exc_type, exc, tb), or the __exit__ method of a
        context manager; a true result suppresses the exception."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm, register its exit, and return what __enter__
        returned."""
        cls = type(cm)
        enter = getattr(cls, '__enter__', None)
        exit_method = getattr(cls, '__exit__', None)
        if enter is None or exit_method is None:
            raise TypeError("'%s.%s' object does not support the context "
                            'manager protocol'
                            % (cls.__module__, cls.__qualname__))
        result = enter(cm)
        self._push_cm_exit(cm, exit_method)
        return result

    def callback(self, callback, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; it cannot
        suppress exceptions."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        # Lets introspection find the original callback.
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append(_exit_wrapper)

    def close(self):
        """Run all registered exit actions now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception the with statement is handling: Python sets it as
        # the implicit context of anything raised by the callbacks.
        frame_exc = _handled_exception()
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, None)
        if pending_raise:
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            finally:
                # Raising sets __context__ to the exception being handled
                # here; keep the chain built by _link_context instead.
                exc.__context__ = context
        return received_exc and suppressed_exc


def _handled_exception():
    exc_info = getattr(sys, 'exc_info', None)
    return exc_info()[1] if exc_info is not None else None


def _link_context(new_exc, old_exc, frame_exc):
    """Make new_exc's context chain lead to old_exc (the exception the
    previous callback saw) instead of to frame_exc, as if the callbacks
    had been nested with statements."""
    exc = new_exc
    while True:
        context = exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        exc = context
    exc.__context__ = old_exc
