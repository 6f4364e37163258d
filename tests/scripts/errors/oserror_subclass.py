import errno
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPIPE, 12345):
    e = OSError(code, "message")
    print(type(e).__name__, e.errno, e)
print(type(OSError("plain")).__name__, type(FileNotFoundError(13, "kept")).__name__)
class G:
    def __class_getitem__(cls, item):
        return cls.__name__, item
print(G[int], G["x"])
import functools, pickle
p = functools.partial(max, 1, key=abs)
q = pickle.loads(pickle.dumps(p))
print(q(-5), q.args, q.keywords)
import os
r, w = os.pipe()
os.set_blocking(r, False)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
for code in (errno.ECONNRESET, errno.ECONNREFUSED, errno.ECONNABORTED, errno.EINPROGRESS):
    print(type(OSError(code, "m")).__name__)
