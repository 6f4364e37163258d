# multiprocessing Queue, JoinableQueue, SimpleQueue and Pipe between
# forked processes.
import multiprocessing as mp
import queue


def producer(q, n):
    for i in range(n):
        q.put((i, 'x' * i))
    q.put(None)


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg))
    conn.send_bytes(b'bye')
    conn.close()


def consumer(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 10)
        jq.task_done()


def simple(sq):
    sq.put([1, 2, {'k': 3}])


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 50))
    p.start()
    got = []
    while True:
        item = q.get(timeout=10)
        if item is None:
            break
        got.append(item)
    p.join()
    print(len(got), got[:3], got[-1][0], p.exitcode)
    print(q.empty(), q.qsize())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('Empty')
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty nowait')
    bq = mp.Queue(2)
    bq.put(1); bq.put(2)
    print(bq.full(), bq.qsize())
    try:
        bq.put(3, timeout=0.05)
    except queue.Full:
        print('Full')
    print(bq.get(), bq.get(), bq.empty())
    bq.close()
    bq.join_thread()
    try:
        bq.put(1)
    except ValueError as e:
        print('ValueError', str(e).startswith('Queue <multiprocessing.queues.Queue object'))
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    for msg in [1, 'two', [3.0], {'four': (4,)}, b'five']:
        a.send(msg)
        print(a.recv())
    a.send(None)
    print(a.recv_bytes(), a.poll(0.5))
    p.join()
    r, w = mp.Pipe(duplex=False)
    w.send_bytes(b'abcdef', 1, 3)
    print(r.recv_bytes(), r.poll(), r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print('OSError', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError', e)
    w.send_bytes(b'0123456789')
    try:
        r.recv_bytes(5)
    except OSError as e:
        print('OSError', e, r.closed)
    w.close()
    r, w = mp.Pipe(duplex=False)
    w.close()
    try:
        r.recv()
    except EOFError:
        print('EOFError')
    print(w.closed)
    try:
        w.send(1)
    except OSError as e:
        print('OSError', e)
    jq = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=consumer, args=(jq, results)) for _ in range(2)]
    for wk in workers: wk.start()
    for i in range(10):
        jq.put(i)
    jq.join()
    print(sorted(results.get(timeout=10) for _ in range(10)))
    jq.put(None); jq.put(None)
    for wk in workers: wk.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError', e)
    sq = mp.SimpleQueue()
    print(sq.empty())
    p = mp.Process(target=simple, args=(sq,))
    p.start()
    print(sq.get())
    p.join()
    print(sq.empty())
    sq.close()
