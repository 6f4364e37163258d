#!/usr/bin/env python3
"""bench/processes: multiprocessing, gilpy and CPython side by side in one run.

- Pool(2).map of a CPU-bound function vs the same calls one after another
  (goal, issue 4: speedup >= 1.8x on 2 cores);
- the per-item overhead of Pool.map on a trivial function;
- the time to start a Pool(2), run one map and close it.

    python3 bench/processes/run.py [--gilpy build/gilpy] [--n N] [--repeats R]
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


def run(cmd, n, repeats):
    out = subprocess.run(cmd + [os.path.join(HERE, "workload.py"), str(n), str(repeats)],
                         capture_output=True, text=True, check=True, timeout=600)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", default=os.path.join(ROOT, "build", "gilpy"))
    ap.add_argument("--python", default=None)
    ap.add_argument("--n", type=int, default=300_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--markdown", default=None)
    args = ap.parse_args()
    py = args.python or real_python()
    res = {"CPython": run([py, "-S"], args.n, args.repeats), "gilpy": run([args.gilpy], args.n, args.repeats)}
    c, g = res["CPython"], res["gilpy"]
    lines = [f"8 calls of work({args.n:,}); best of {args.repeats}; {os.cpu_count()} cores", "",
             "| measure | CPython | gilpy | gilpy / CPython |", "|---|---:|---:|---:|"]
    for key, label in (("serial", "serial, s"), ("pool2", "Pool(2).map, s"),
                       ("per_item_us", "Pool.map per item (trivial), µs"), ("start_close", "Pool(2) start+map+close, s")):
        lines.append(f"| {label} | {c[key]:.3f} | {g[key]:.3f} | {g[key] / c[key]:.2f} |")
    lines.append(f"| Pool(2) speedup over serial | {c['serial'] / c['pool2']:.2f}x | {g['serial'] / g['pool2']:.2f}x | |")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
