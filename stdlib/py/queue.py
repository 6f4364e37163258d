"""Queues for passing items safely between threads.

Queue          first in, first out (optionally bounded by maxsize)
LifoQueue      last in, first out (a stack)
PriorityQueue  smallest item first (a heap)
SimpleQueue    unbounded FIFO without task tracking

get() on an empty queue and put() on a full one block until another thread
makes room, or raise Empty / Full when called with block=False or when
their timeout runs out.

This is gilpy's version of CPython 3.11's queue module, built on
threading.Condition.
"""

import threading
from collections import deque
try:
    from types import GenericAlias as _GenericAlias
except ImportError:          # not (yet) in gilpy: Queue[int] is unsupported
    _GenericAlias = None
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    # In CPython this class comes from the C module _queue, and tracebacks
    # print it as "_queue.Empty".
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue holding at most `maxsize` items (no limit if
    maxsize <= 0).

    Subclasses can change the storage order by overriding the four hooks
    _init, _qsize, _put and _get (as LifoQueue and PriorityQueue do); the
    hooks are always called with the queue's mutex held.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)

        # One lock guards the whole state of the queue.  The three
        # conditions below share it, so whoever holds any of them may
        # change the queue and notify any of them.
        self.mutex = threading.Lock()
        # Notified when an item was added: get() waits on it.
        self.not_empty = threading.Condition(self.mutex)
        # Notified when an item was removed: put() waits on it.
        self.not_full = threading.Condition(self.mutex)
        # Notified when every item put has been marked done: join() waits
        # on it.
        self.all_tasks_done = threading.Condition(self.mutex)
        # Items put but not yet marked done with task_done().
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue that one item taken with get() has been fully
        processed.

        Every put() adds one unfinished task; when task_done() has been
        called for all of them, the threads blocked in join() wake up.
        Raises ValueError if called more times than items were put.
        """
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item that was put has been processed (see
        task_done())."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the number of items in the queue (may be out of date as
        soon as it is returned, if other threads use the queue)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue holds no items (same caveat as
        qsize())."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue holds maxsize items (same caveat as
        qsize()).  An unbounded queue is never full."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add `item` to the queue.

        If the queue is full: with block=False raise Full at once;
        otherwise wait for a free slot -- forever if timeout is None, else
        at most `timeout` seconds before raising Full.
        """
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item.

        If the queue is empty: with block=False raise Empty at once;
        otherwise wait for an item -- forever if timeout is None, else at
        most `timeout` seconds before raising Empty.
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False): add the item or raise Full at once."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False): return an item or raise Empty at once."""
        return self.get(block=False)

    # The storage hooks.  A plain Queue keeps its items in a deque.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # Queue[int] in type annotations.
    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    """A queue that returns its smallest item first.

    Items are usually tuples (priority, data); they must be comparable
    with <.
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue, simpler than Queue: put() never blocks and
    there is no task_done()/join().

    A semaphore counts the items: put() releases it once per item, get()
    acquires it once, so get() waits exactly while the queue is empty.
    """

    __module__ = '_queue'            # as in CPython, where it is C code

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)
        # gilpy's deque is Python code, so its methods are not atomic (a
        # thread switch can land inside popleft): the lock makes them so.
        self._mutex = threading.Lock()

    def put(self, item, block=True, timeout=None):
        """Add `item`.  Never blocks; `block` and `timeout` exist only for
        compatibility with Queue.put()."""
        with self._mutex:
            self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item.

        If the queue is empty: with block=False raise Empty at once;
        otherwise wait -- forever if timeout is None, else at most
        `timeout` seconds before raising Empty.
        """
        if not block:
            timeout = None           # ignored when not blocking
        elif timeout is not None:
            _check_timeout(timeout)
        if not self._count.acquire(block, timeout):
            raise Empty
        # The semaphore guarantees an item; the lock, that no other thread
        # is inside the deque at the same time.
        with self._mutex:
            return self._queue.popleft()

    def put_nowait(self, item):
        """Same as put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Same as get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Return True if the queue holds no items."""
        return len(self._queue) == 0

    def qsize(self):
        """Return the number of items in the queue."""
        return len(self._queue)

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)
