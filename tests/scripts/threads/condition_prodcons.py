# Producer/consumer hand-off with a Condition: strictly alternating
# output.
import threading

cond = threading.Condition()
slot = []
log = []
DONE = object()


def producer():
    for item in ['a', 'b', 'c', 'd', DONE]:
        with cond:
            cond.wait_for(lambda: not slot)
            slot.append(item)
            log.append('put %s' % ('DONE' if item is DONE else item))
            cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: slot)
            item = slot.pop()
            cond.notify_all()
        if item is DONE:
            log.append('consumer stops')
            return
        log.append('got %s' % item)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
# the two threads interleave in a fixed pattern per item; print the items
# each side saw, in order
print([x for x in log if x.startswith('put')])
print([x for x in log if not x.startswith('put')])


# several consumers sharing a counter; each item is taken exactly once
items = list(range(30))
taken = []
items_cond = threading.Condition(threading.Lock())


def take_all():
    while True:
        with items_cond:
            if not items:
                return
            taken.append(items.pop())


workers = [threading.Thread(target=take_all) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(taken) == list(range(30)), len(taken))
