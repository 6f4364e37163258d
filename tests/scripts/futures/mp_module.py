# The process-free parts of the multiprocessing package.
import os
import multiprocessing
from multiprocessing import TimeoutError as MPTimeoutError

print(multiprocessing.cpu_count() == os.cpu_count())
print(multiprocessing.freeze_support())
print(MPTimeoutError.__name__, MPTimeoutError.__module__)
print([c.__name__ for c in MPTimeoutError.__mro__])
for name in ("ProcessError", "BufferTooShort", "AuthenticationError"):
    cls = getattr(multiprocessing, name)
    print(name, cls.__bases__[0].__name__)
try:
    raise MPTimeoutError("slow")
except multiprocessing.ProcessError as e:
    print("caught", repr(e))
try:
    multiprocessing.no_such_thing
except AttributeError as e:
    print("AttributeError", e)
import multiprocessing.pool as mpp
print(mpp.TimeoutError is MPTimeoutError, mpp.RUN, mpp.CLOSE, mpp.TERMINATE)
print(mpp.mapstar((abs, (-1, -2))), mpp.starmapstar((pow, [(2, 3)])))
import multiprocessing.dummy
print(multiprocessing.dummy.Pool.__name__)
