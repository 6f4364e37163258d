#!/usr/bin/env python3
"""bench/re: the `re` module under gilpy and CPython, side by side.

    cmake --build build && python3 bench/re/run.py [--wall] [--runs N] [--scale K] [--only a,b]

Each case of workload.py (searches, findall, sub, split, match loops,
backtracking, case-insensitive and Unicode text, compiling) is run by both
interpreters; their outputs must agree (else MISMATCH).

By default the cost of each case is counted in instructions under
`valgrind --tool=callgrind`: the count of a full run minus the count of a
run that stops after the case's setup, so only the regex work is compared.
Instruction counts do not change with machine load, which makes this the
mode to use on a shared machine. --wall times the run part with
time.perf_counter instead (median of --runs alternating runs; meaningful on
an idle machine only).

The ratio column is CPython / gilpy: above 1 means gilpy is faster. This
script is tooling: it runs under CPython and may use anything.
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from run import real_python  # noqa: E402  (bench/run.py: the CPython binary behind pyenv's shim)

WORKLOAD = os.path.join(HERE, "workload.py")


def case_names():
    out = subprocess.run([sys.executable, "-c", "import workload; print(' '.join(workload.CASES))"], cwd=HERE,
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def command(interp, case, scale, *extra):
    flags = ["-S"] if interp[1] == "python" else []
    return [interp[0], *flags, WORKLOAD, case, str(scale), *extra]


def run_output(interp, case, scale, *extra):
    r = subprocess.run(command(interp, case, scale, *extra), capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(f"{interp[1]} {case}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
    return r.stdout


def instructions(interp, case, scale, *extra):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                            *command(interp, case, scale, *extra)], capture_output=True, text=True, timeout=3600)
        if r.returncode != 0:
            raise RuntimeError(f"{interp[1]} {case}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
        for line in open(out):
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("no callgrind summary")


def measure_instructions(interp, case, scale):
    return instructions(interp, case, scale) - instructions(interp, case, scale, "--setup-only")


def measure_wall(interps, case, scale, runs):
    times = {name: [] for _, name in interps}
    for _ in range(runs):
        for interp in interps:
            times[interp[1]].append(float(run_output(interp, case, scale, "--time").split()[-1]))
    return {name: statistics.median(t) for name, t in times.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", default=os.path.join(ROOT, "build", "gilpy"))
    ap.add_argument("--python", default=None)
    ap.add_argument("--wall", action="store_true", help="wall-clock times instead of instruction counts")
    ap.add_argument("--runs", type=int, default=5, help="runs per interpreter with --wall")
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    if not args.wall and not shutil.which("valgrind"):
        sys.exit("valgrind not found (use --wall on an idle machine)")
    python = (args.python or real_python(), "python")
    gilpy = (args.gilpy, "gilpy")
    cases = [c for c in case_names() if not args.only or c in args.only.split(",")]
    unit = "ms" if args.wall else "M instr"
    print(f"| case | CPython {unit} | gilpy {unit} | CPython / gilpy |\n|---|---:|---:|---:|")
    ratios, bad = [], 0
    for case in cases:
        want, got = run_output(python, case, args.scale), run_output(gilpy, case, args.scale)
        if want != got:
            print(f"| {case} | MISMATCH: {want.strip()!r} vs {got.strip()!r} | | |")
            bad += 1
            continue
        if args.wall:
            t = measure_wall([python, gilpy], case, args.scale, args.runs)
            py, gp = t["python"] * 1000, t["gilpy"] * 1000
        else:
            py = measure_instructions(python, case, args.scale) / 1e6
            gp = measure_instructions(gilpy, case, args.scale) / 1e6
        ratio = py / gp if gp > 0 else float("inf")
        ratios.append(ratio)
        print(f"| {case} | {py:.1f} | {gp:.1f} | {ratio:.2f} |", flush=True)
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"\ngeometric mean CPython / gilpy: {geo:.2f} over {len(ratios)} cases")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
