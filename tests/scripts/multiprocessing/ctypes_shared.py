# Seed 003's way of sharing arrays: multiprocessing.RawArray / Value with
# ctypes simple types, filled by worker processes.
import ctypes
from multiprocessing import Pool, RawArray, Value

N = 12
out = RawArray(ctypes.c_double, N)
counter = Value(ctypes.c_int, 0)


def init(shared_out, shared_counter):
    global OUT, COUNTER
    OUT, COUNTER = shared_out, shared_counter


def fill(job):
    start, stop = job
    for i in range(start, stop):
        OUT[i] = i * 0.5
    with COUNTER.get_lock():
        COUNTER.value += stop - start
    return stop - start


if __name__ == "__main__":
    with Pool(2, initializer=init, initargs=(out, counter)) as pool:
        done = pool.map(fill, [(0, 4), (4, 8), (8, 12)])
    print(done, counter.value)
    print(list(out))
    print(ctypes.sizeof(ctypes.c_double), ctypes.c_int(2**31), ctypes.c_ubyte(-1), ctypes.c_double(1))
