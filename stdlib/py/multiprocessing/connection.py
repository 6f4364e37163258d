"""Connections between processes: Pipe(), Connection, wait() (gilpy).

A Connection sends pickled objects (or raw bytes) over os.pipe() file
descriptors: each message is a 4-byte big-endian signed length followed by
the data (a length of -1 is followed by an 8-byte length, for messages of
2 GiB or more), as in CPython.  A duplex Pipe uses two pipes, one each way.
Blocking reads and writes release the GIL; poll() and wait() use select().

Behaviour and messages follow CPython 3.11's multiprocessing.connection;
the implementation is gilpy's own.  Listener/Client (sockets) are not
available.
"""

__all__ = ['Client', 'Listener', 'Pipe', 'wait', 'Connection']

import io
import os
import time

from multiprocessing import reduction

_ForkingPickler = reduction.ForkingPickler

try:
    import select as _select
except ImportError:
    _select = None

BUFSIZE = 8192


def _select_read(fds, timeout):
    """The subset of fds readable within timeout (None: wait forever)."""
    if _select is None:
        raise NotImplementedError(
            "multiprocessing needs the select module, which this gilpy "
            "build lacks")
    if timeout is not None:
        deadline = time.monotonic() + timeout
    while True:
        try:
            r, w, x = _select.select(fds, [], [], timeout)
            return r
        except InterruptedError:
            if timeout is not None:
                timeout = max(0.0, deadline - time.monotonic())


def _read_exact(fd, n):
    """Read exactly n bytes from fd; EOFError if the writer is gone."""
    chunks = []
    remaining = n
    while remaining > 0:
        chunk = os.read(fd, remaining if remaining < 1048576 else 1048576)
        if not chunk:
            if remaining == n:
                raise EOFError
            raise OSError("got end of file during message")
        chunks.append(chunk)
        remaining -= len(chunk)
    if len(chunks) == 1:
        return chunks[0]
    return b''.join(chunks)


def _as_bytes(buf):
    if isinstance(buf, bytes):
        return buf
    if isinstance(buf, (bytearray, str)) or not hasattr(buf, 'tobytes'):
        if isinstance(buf, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(buf)
    return buf.tobytes()


def _write_all(fd, data):
    total = len(data)
    done = 0
    while done < total:
        if done == 0 and total <= 1048576:
            n = os.write(fd, data)
        else:
            n = os.write(fd, data[done:done + 1048576])
        done += n


def _header(n):
    if n > 0x7fffffff:
        return (-1).to_bytes(4, 'big', signed=True) + n.to_bytes(8, 'big')
    return n.to_bytes(4, 'big', signed=True)


class _ConnectionBase(object):
    _rfd = None
    _wfd = None

    def __init__(self, rfd, wfd, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError(
                "at least one of `readable` and `writable` must be True")
        self._rfd = rfd if readable else None
        self._wfd = wfd if writable else None
        self._readable = readable
        self._writable = writable

    def __del__(self):
        try:
            if not self.closed:
                self._close()
        except Exception:
            pass

    def _check_closed(self):
        if self._rfd is None and self._wfd is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        """True if the connection is closed"""
        return self._rfd is None and self._wfd is None

    @property
    def readable(self):
        """True if the connection is readable"""
        return self._readable

    @property
    def writable(self):
        """True if the connection is writable"""
        return self._writable

    def fileno(self):
        """File descriptor or handle of the connection"""
        self._check_closed()
        return self._rfd if self._rfd is not None else self._wfd

    def _close(self):
        fds = set(fd for fd in (self._rfd, self._wfd) if fd is not None)
        self._rfd = self._wfd = None
        for fd in fds:
            try:
                os.close(fd)
            except OSError:
                pass

    def close(self):
        """Close the connection"""
        if not self.closed:
            self._close()

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object"""
        self._check_closed()
        self._check_writable()
        m = _as_bytes(buf)
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(bytes(m[offset:offset + size]))

    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._send_bytes(_ForkingPickler.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv_bytes_into(self, buf, offset=0):
        """Receive bytes data into a writeable bytes-like object.
        Return the number of bytes read."""
        self._check_closed()
        self._check_readable()
        itemsize = getattr(buf, 'itemsize', 1)
        bytesize = itemsize * len(buf)
        if offset < 0:
            raise ValueError("negative offset")
        elif offset > bytesize:
            raise ValueError("offset too large")
        result = self._recv_bytes()
        size = len(result)
        if bytesize < offset + size:
            from multiprocessing import BufferTooShort
            raise BufferTooShort(result)
        if itemsize == 1:
            buf[offset:offset + size] = result
        else:
            # array.array: replace the items from offset on.
            import array
            new = array.array(buf.typecode)
            new.frombytes(buf.tobytes()[:offset] + result +
                          buf.tobytes()[offset + size:])
            buf[:] = new
        return size // itemsize

    def recv(self):
        """Receive a (picklable) object"""
        self._check_closed()
        self._check_readable()
        return _ForkingPickler.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read"""
        self._check_closed()
        self._check_readable()
        return self._poll(timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __reduce__(self):
        raise TypeError(
            "cannot pickle %r object: gilpy's connections are shared with "
            "child processes by inheritance (pass them to Process)"
            % type(self).__name__)


class Connection(_ConnectionBase):
    """A connection over pipe file descriptors."""

    def _send_bytes(self, buf):
        n = len(buf)
        if n > 16384:
            _write_all(self._wfd, _header(n))
            _write_all(self._wfd, buf)
        else:
            _write_all(self._wfd, _header(n) + buf)

    def _recv_bytes(self, maxsize=None):
        fd = self._rfd
        size = int.from_bytes(_read_exact(fd, 4), 'big', signed=True)
        if size == -1:
            size = int.from_bytes(_read_exact(fd, 8), 'big')
        if maxsize is not None and size > maxsize:
            return None
        if size == 0:
            return b''
        return _read_exact(fd, size)

    def _poll(self, timeout):
        if timeout is not None and timeout < 0:
            timeout = 0
        return bool(_select_read([self._rfd], timeout))


def Pipe(duplex=True):
    """Returns a pair (conn1, conn2) of Connection objects: a duplex pair,
    or (read end, write end) if duplex is False."""
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        c1 = Connection(r1, w2)
        c2 = Connection(r2, w1)
    else:
        r, w = os.pipe()
        c1 = Connection(r, None, writable=False)
        c2 = Connection(None, w, readable=False)
    return c1, c2


def wait(object_list, timeout=None):
    """Wait till an object in object_list is ready/readable.
    Returns list of those objects in object_list which are ready/readable."""
    fds = {}
    for o in object_list:
        fd = o if isinstance(o, int) else o.fileno()
        fds.setdefault(fd, []).append(o)
    if not fds:
        if timeout is not None:
            time.sleep(timeout)
        return []
    ready = _select_read(list(fds), timeout)
    result = []
    for o in object_list:
        fd = o if isinstance(o, int) else o.fileno()
        if fd in ready:
            result.append(o)
    return result


class Listener(object):
    def __init__(self, *args, **kwds):
        raise NotImplementedError(
            "multiprocessing.connection.Listener is not available in gilpy "
            "(no socket module)")


def Client(*args, **kwds):
    raise NotImplementedError(
        "multiprocessing.connection.Client is not available in gilpy "
        "(no socket module)")
