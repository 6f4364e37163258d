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
