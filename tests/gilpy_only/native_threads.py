# native kernels in threads: the GIL is released while they run, the arrays
# they use cannot be resized meanwhile (BufferError), results are right.
import array
import threading
import time
import native

# 1. Resizing an array while a kernel in another thread uses it.
big = array.array('d', [0.0]) * 3_000_000
native.fill_uniform(big, 0, 1, 5)
started = threading.Event()
def sorter():
    started.set()
    native.sort(big)
t = threading.Thread(target=sorter)
t.start()
started.wait()
saw = None
while t.is_alive():
    try:
        big.append(2.0)
    except BufferError as e:
        saw = e
        break
    time.sleep(0.0005)
t.join()
print("BufferError:", saw)
big.append(2.0)          # released again after the call
print(all(big[i] <= big[i + 1] for i in range(0, 3_000_000 - 1, 997)), big[-1])

# 2. Several threads computing at once (each its own generator and arrays).
results = [None] * 4
def work(k):
    a = array.array('d', [0.0]) * 50_000
    native.fill_uniform(a, 0, 1, k)
    s1 = native.sum(a)
    s2 = native.evaluate("sum(a * 2)", threads=2)
    native.sort(a)
    results[k] = (native.calc_pi(100_000, k), abs(s2 - 2 * s1) < 1e-6, native.min(a) == a[0],
                  native.countdown(1_000_000))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for x in ts: x.start()
for x in ts: x.join()
for k in range(4):
    print(k, results[k][0] == native.calc_pi(100_000, k), results[k][1:])

# 3. release_gil=False runs the same code holding the lock.
print(native.calc_pi(10_000, 3) == native.calc_pi(10_000, 3, release_gil=False))
p = array.array('d', range(30)); q = array.array('d', range(60))
o1 = array.array('d', [0.0] * 200); o2 = array.array('d', [0.0] * 200)
native.pairwise(p, q, o1, 0, 10)
native.pairwise(p, q, o2, 0, 5, release_gil=False)
native.pairwise(p, q, o2, 5, 10)
print(o1 == o2, o1[0], o1[199])
