"""Thumbnailing images serially and with multiprocessing.Pool (seed 004).

"Parallelism in Python" (Rounak Vyas) makes thumbnails of 6000 images: a
plain loop takes ~28 s, `Pool().map(create_thumbnail, images)` ~5.6 s.
Threads would not help -- the work is CPU-bound Python under the GIL -- but
each worker process has its own interpreter and its own lock.

Here the "images" are generated grey-scale pixel rows and a thumbnail is
the image shrunk 4x4 -> 1 by averaging (pure Python, CPU-bound).  The
script checks that both ways give the same thumbnails and prints the times
and the speed-up.

    gilpy examples/pool_map.py [NUMBER_OF_IMAGES]
"""
import os
import sys
import time
from multiprocessing import Pool

N_IMAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 240
SIZE = 64          # images are SIZE x SIZE pixels
SCALE = 4          # thumbnails are (SIZE/SCALE) x (SIZE/SCALE)


def make_image(seed):
    """A deterministic SIZE x SIZE grey-scale image: a list of rows."""
    x = seed * 2654435761 % 4294967296
    rows = []
    for _ in range(SIZE):
        row = []
        for _ in range(SIZE):
            x = (1103515245 * x + 12345) % 2147483648
            row.append(x >> 23)            # 0..255
        rows.append(row)
    return rows


def create_thumbnail(seed):
    """Make image `seed` and shrink it: each SCALE x SCALE block becomes
    the average of its pixels (a few smoothing passes first, to make the
    work heavier, like a real resampling filter)."""
    img = make_image(seed)
    for _ in range(3):
        img = [[(row[max(i - 1, 0)] + 2 * row[i] + row[min(i + 1, SIZE - 1)]) // 4
                for i in range(SIZE)] for row in img]
    thumb = []
    for by in range(0, SIZE, SCALE):
        out = []
        for bx in range(0, SIZE, SCALE):
            total = 0
            for y in range(by, by + SCALE):
                row = img[y]
                for x in range(bx, bx + SCALE):
                    total += row[x]
            out.append(total // (SCALE * SCALE))
        thumb.append(out)
    return thumb


def main():
    images = list(range(N_IMAGES))
    workers = os.cpu_count() or 1
    print(f"{N_IMAGES} images of {SIZE}x{SIZE} pixels -> "
          f"{SIZE // SCALE}x{SIZE // SCALE} thumbnails, {workers} CPUs")

    start = time.perf_counter()
    serial = [create_thumbnail(image) for image in images]
    t_serial = time.perf_counter() - start
    print(f"  serial loop      : {t_serial:6.3f} s")

    start = time.perf_counter()
    pool = Pool()                   # default: one worker per CPU
    results = pool.map(create_thumbnail, images)
    pool.close()
    pool.join()
    t_pool = time.perf_counter() - start
    print(f"  Pool().map       : {t_pool:6.3f} s   "
          f"(speed-up {t_serial / t_pool:.2f}x with {workers} workers, "
          f"including pool start-up)")

    assert results == serial, "the pool computed different thumbnails"
    print("  same thumbnails both ways")


if __name__ == "__main__":
    main()
