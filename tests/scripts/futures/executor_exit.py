# An executor that is never shut down: at exit the interpreter still runs
# the work already submitted (its workers are not daemon threads).
import time
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1)


def job(i):
    time.sleep(0.02)
    print("job", i, flush=True)


for i in range(3):
    ex.submit(job, i)
print("main done", flush=True)
