# Helper for fork_threads.py.  os.fork() is called from here rather than
# from __main__: gilpy, like CPython 3.12, prints a DeprecationWarning when
# __main__ code forks a multi-threaded process, and CPython 3.11 does not.
import os
import sys


def fork():
    sys.stdout.flush()
    return os.fork()
