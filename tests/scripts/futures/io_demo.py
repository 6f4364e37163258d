# The classic I/O demo shape: a thread pool "fetching" URLs (simulated with
# time.sleep) and printing only the results.
import time
from multiprocessing.dummy import Pool as ThreadPool

urls = [
    "http://example.org/",
    "http://example.org/about",
    "http://example.org/blog",
    "http://example.org/contact",
    "http://example.org/docs",
    "http://example.org/faq",
    "http://example.org/news",
    "http://example.org/shop",
]


def fetch(url):
    time.sleep(0.05)               # the "network" wait; releases the GIL
    return url, len(url) * 100


start = time.monotonic()
pool = ThreadPool(4)
results = pool.map(fetch, urls)
pool.close()
pool.join()
elapsed = time.monotonic() - start
for url, size in results:
    print("%-28s %5d bytes" % (url, size))
# (8 fetches of 0.05 s on 4 threads take about 0.1 s, not 0.4 s; the time
# is not checked here: timings belong in bench/, not in tests.)

with ThreadPool(8) as pool:
    for url, size in pool.imap(fetch, urls[:3]):
        print(url, size)
    total = sum(size for _, size in pool.imap_unordered(fetch, urls))
    print("total bytes:", total)
