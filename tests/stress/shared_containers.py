# Stress: 8 threads mutate the same list, dict, set and strings, and create
# and destroy objects, while the GIL switches them every 0.1 ms. Reference
# counts and container internals are only safe because of the GIL: any
# missing lock shows up here as a crash, a wrong count, or (in the
# ThreadSanitizer build) a data race report.
#   STRESS_SCALE (default 1) multiplies the work.
import os
import sys
import threading

SCALE = float(os.environ.get("STRESS_SCALE", "1"))
ROUNDS = int(20000 * SCALE)
THREADS = 8
sys.setswitchinterval(0.0001)

shared_list = []
shared_dict = {}
shared_set = set()
text = [""]
start = threading.Barrier(THREADS)


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


def worker(tid):
    start.wait()
    chain = None
    for i in range(ROUNDS):
        shared_list.append((tid, i))
        shared_dict[(tid, i % 100)] = i
        shared_set.add(i % 1000)
        if i % 7 == 0 and shared_list:
            shared_list.pop(0)
        if i % 50 == 0:
            text[0] = (text[0] + str(tid))[-64:]
        chain = Node(i, chain if i % 100 else None)   # build and drop linked lists
        shared_dict.pop((tid, (i + 50) % 100), None)
        s = "".join([str(tid), ":", str(i)])
        assert s.split(":")[0] == str(tid)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

pops = THREADS * len(range(0, ROUNDS, 7))
print("list length ok:", len(shared_list) == THREADS * ROUNDS - pops)
print("every item once:", len(set(shared_list)) == len(shared_list))
print("set:", len(shared_set) == min(ROUNDS, 1000))
print("dict keys are pairs:", all(isinstance(k, tuple) and len(k) == 2 for k in shared_dict))
print("text:", len(text[0]) <= 64 and set(text[0]) <= set("01234567"))
