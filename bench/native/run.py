#!/usr/bin/env python3
"""bench/native: gilpy's native kernels against plain C++ loops, side by side.

- each kernel called from gilpy vs the same loop in a C++ program (-O2,
  bench_native_baseline, built by CMake): goal within 1.25x;
- native.calc_pi split over all cores in threads vs 1 thread: goal >= 0.9 x cores;
- native.evaluate on all cores vs the sequence of single operations: goal >= 3x.

    cmake --build build && python3 bench/native/run.py
"""
import argparse
import ast
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--n", type=int, default=4_000_000)
    ap.add_argument("--np", type=int, default=1000)
    args = ap.parse_args()
    base = ast.literal_eval(subprocess.run([os.path.join(args.build, "bench_native_baseline"), str(args.n), str(args.np)],
                                           capture_output=True, text=True, check=True).stdout)
    g = ast.literal_eval(subprocess.run([os.path.join(args.build, "gilpy"), os.path.join(HERE, "workload.py"),
                                         str(args.n), str(args.np)], capture_output=True, text=True,
                                        check=True).stdout.strip().splitlines()[-1])
    print(f"n = {args.n:,} doubles, pairwise {args.np} x {args.np}; best of several runs\n")
    print("| kernel | plain C++ ms | gilpy native ms | ratio (goal <= 1.25) |\n|---|---:|---:|---:|")
    for k in ("sum", "dot", "sort", "pairwise", "expr"):
        print(f"| {k} | {base[k] * 1000:.2f} | {g[k] * 1000:.2f} | {g[k] / base[k]:.2f} |")
    cores = g["cores"]
    speed = g["pi_1thread"] / g["pi_threads"]
    print(f"\nnative.calc_pi over {cores} threads: {speed:.2f}x one thread "
          f"(goal >= {0.9 * cores:.1f}x)")
    print(f"native.evaluate on all cores vs 4 single operations: "
          f"{g['expr_single_ops'] / g['expr_all_cores']:.2f}x (goal >= 3x)")


if __name__ == "__main__":
    main()
