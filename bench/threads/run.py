#!/usr/bin/env python3
"""bench/threads: the GIL demos, gilpy and CPython side by side in one run.

For each interpreter: countdown(N) with the work split over 1, 2 and 4
threads (best of R runs each), and the convoy latency (one 0.1 ms sleep
beside a CPU-bound thread) at switch intervals of 5 ms and 0.5 ms.

Also: the GIL observatory's recording overhead (issue 6).

Goal (issue 3): gilpy's threaded/serial ratio within 10% of CPython's and at
most 1.05; convoy latency comparable with CPython's.

    python3 bench/threads/run.py [--gilpy build/gilpy] [--count N] [--repeats R]
"""
import argparse
import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


# The real CPython binary behind the pyenv shim: bench/run.py's.
sys.path.insert(0, os.path.dirname(HERE))
from run import real_python  # noqa: E402


def run(cmd, count, repeats):
    out = subprocess.run(cmd + [os.path.join(HERE, "workload.py"), str(count), str(repeats)],
                         capture_output=True, text=True, check=True)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", default=os.path.join(ROOT, "build", "gilpy"))
    ap.add_argument("--python", default=None)
    ap.add_argument("--count", type=int, default=20_000_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--markdown", default=None)
    args = ap.parse_args()
    py = args.python or real_python()
    res = {"CPython": run([py, "-S"], args.count, args.repeats),
           "gilpy": run([args.gilpy], args.count, args.repeats)}
    lines = [f"countdown({args.count:,}) split over threads, best of {args.repeats}; "
             "convoy = one 0.1 ms sleep beside a CPU-bound thread", "",
             "| measure | CPython | gilpy |", "|---|---:|---:|"]
    for n in (1, 2, 4):
        lines.append(f"| {n} thread(s), s | {res['CPython'][f'threads{n}']:.3f} | {res['gilpy'][f'threads{n}']:.3f} |")
    for n in (2, 4):
        c = res["CPython"][f"threads{n}"] / res["CPython"]["threads1"]
        g = res["gilpy"][f"threads{n}"] / res["gilpy"]["threads1"]
        lines.append(f"| {n} threads / serial | {c:.3f} | {g:.3f} |")
    for k in ("convoy_5ms", "convoy_0.5ms"):
        lines.append(f"| {k.replace('_', ' at ')}, ms per op | {res['CPython'][k] * 1000:.3f} | {res['gilpy'][k] * 1000:.3f} |")
    # The GIL observatory's cost: the same workload with recording on.
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        stats = run([args.gilpy, "-X", "gil-stats"], args.count, args.repeats)
        trace = run([args.gilpy, "-X", "gil-trace=" + os.path.join(tmp, "t.json")], args.count, args.repeats)
    lines += ["", "GIL observatory overhead (gilpy, same workload; ratio to recording off):", "",
              "| measure | off | -X gil-stats | -X gil-trace |", "|---|---:|---:|---:|"]
    for k in ("threads1", "threads2", "threads4"):
        g = res["gilpy"][k]
        lines.append(f"| {k}, s | {g:.3f} | {stats[k]:.3f} ({stats[k] / g:.2f}x) | {trace[k]:.3f} ({trace[k] / g:.2f}x) |")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    sys.exit(main())
