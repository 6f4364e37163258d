"""The pairwise matrix R computed by worker processes into shared memory
(seed 003, "And again about GIL in Python", part 3: multiprocessor NumPy).

Given points P = p_1..p_N and Q = q_1..q_N in 3-D space, build the N x N
matrix R with r_ij = 1 / (1 + |p_i - q_j|).  As in the article:

* P, Q and R live in shared RawArrays (doubles), created before the pool;
* the pool's initializer hands them to each worker (initargs), so they are
  not copied for every task;
* the jobs are row ranges (start, stop), one chunk each (chunksize=1), and
  every worker writes its rows of R straight into the shared array.

Pure Python, so the speed-up comes from running on several cores: each
worker process has its own interpreter and GIL.  Prints the times, the
speed-up and checks the result against the serial computation.

    gilpy examples/pairwise_processes.py [N]
"""
import math
import os
import sys
import time
import multiprocessing as mp

N = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1200

# The shared arrays, set in each worker by mp_init().
mp_share = {}


def make_points(n, seed):
    """n deterministic points in the unit cube, as a flat [x0, y0, z0, ...]."""
    x = seed
    out = []
    for _ in range(3 * n):
        x = (1103515245 * x + 12345) % 2147483648
        out.append(x / 2147483648.0)
    return out


def rows(p, q, R, n, start, stop):
    """Rows start..stop-1 of R (p, q, R are flat sequences)."""
    sqrt = math.sqrt
    for i in range(start, stop):
        px, py, pz = p[3 * i], p[3 * i + 1], p[3 * i + 2]
        base = i * n
        row = []
        for j in range(n):
            rx = px - q[3 * j]
            ry = py - q[3 * j + 1]
            rz = pz - q[3 * j + 2]
            row.append(1.0 / (1.0 + sqrt(rx * rx + ry * ry + rz * rz)))
        R[base:base + n] = row


def generate_jobs(n, parts):
    """(start, stop) row ranges: `parts` jobs of about equal size."""
    bounds = [n * k // parts for k in range(parts + 1)]
    return [(bounds[k], bounds[k + 1]) for k in range(parts)]


def mp_init(sh_p, sh_q, sh_R):
    mp_share['p'] = sh_p
    mp_share['q'] = sh_q
    mp_share['R'] = sh_R


def mp_worker(job):
    start, stop = job
    # Local copies of the inputs: cheaper indexing than the shared arrays.
    p = mp_share['p'][:]
    q = mp_share['q'][:]
    rows(p, q, mp_share['R'], len(q) // 3, start, stop)


def mp_getR(p, q, ncpu):
    n = len(p) // 3
    sh_p = mp.RawArray('d', p)
    sh_q = mp.RawArray('d', q)
    sh_R = mp.RawArray('d', n * n)
    jobs = generate_jobs(n, ncpu * 4)
    pool = mp.Pool(processes=ncpu, initializer=mp_init,
                   initargs=(sh_p, sh_q, sh_R))
    pool.map(mp_worker, jobs, chunksize=1)
    pool.close()
    pool.join()
    return sh_R


def main():
    ncpu = os.cpu_count() or 1
    p = make_points(N, 1)
    q = make_points(N, 2)
    print(f"R = 1 / (1 + |p_i - q_j|) for N = {N} ({N * N:,} entries), "
          f"{ncpu} CPUs")

    start = time.perf_counter()
    R = [0.0] * (N * N)
    rows(p, q, R, N, 0, N)
    t_serial = time.perf_counter() - start
    print(f"  serial                    : {t_serial:6.3f} s")

    for workers in sorted({1, ncpu}):
        start = time.perf_counter()
        shared_R = mp_getR(p, q, workers)
        t = time.perf_counter() - start
        print(f"  Pool({workers}) into a RawArray  : {t:6.3f} s   "
              f"(speed-up {t_serial / t:.2f}x)")
        assert shared_R[:] == R, "the workers computed a different R"
    print("  same matrix both ways")


if __name__ == "__main__":
    main()
