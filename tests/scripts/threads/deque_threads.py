# collections.deque append/popleft from several threads at once: every item
# arrives exactly once (deque mutators are atomic between threads).
import threading, collections, sys
sys.setswitchinterval(1e-6)
d = collections.deque()
N = 20000
got = []
def producer():
    for i in range(N):
        d.append(i)
def consumer():
    n = 0
    while n < N // 2:
        try:
            got.append(d.popleft()); n += 1
        except IndexError:
            pass
ts = [threading.Thread(target=producer)] + [threading.Thread(target=consumer) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(got), len(set(got)), sorted(got) == list(range(N)))
