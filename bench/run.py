#!/usr/bin/env python3
"""Benchmark runner: gilpy vs CPython, side by side.

Usage:
    python3 bench/run.py [--gilpy PATH] [--python PATH] [--runs N]
                         [--only NAME,...] [--markdown FILE] [--timeout S]
                         [--python-flags=FLAGS]

For every program in bench/programs/ the two interpreters are run
alternately (CPython, gilpy, CPython, gilpy, ...) N times each, so that slow
drifts in machine speed (thermal, other load) hit both equally.  The median
wall time of each is reported together with the speedup CPython/gilpy
(> 1 means gilpy is faster) and the geometric mean of the speedups.
Start-up time is measured separately as the median of 20 runs of `-c pass`.

Every run's stdout is compared with CPython's: a difference is reported as
MISMATCH, a non-zero exit status, a timeout or a crash as FAIL.  The runner
keeps going with the other benchmarks either way.

CPython is run with -S by default (no `site` module).  The benchmarks use
only the standard library, so `site` does no useful work for them, but it
executes every .pth file in site-packages -- on the development machine one
of those imports certifi and adds ~40 ms to every CPython start (52 ms vs
11 ms for `-c pass`).  That cost depends on what happens to be installed,
not on the interpreter, and gilpy has no site-packages at all, so leaving it
in would flatter gilpy.  `--python-flags=''` restores a plain `python3`.

Exit status: 0 when every benchmark produced the same output under both
interpreters (however slow gilpy was -- this is a report, not a test),
1 if any benchmark was MISMATCH or FAIL, 2 for usage errors (e.g. no gilpy
binary).

This script is tooling: it runs under CPython only and may use anything in
the standard library.
"""

import argparse
import math
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
PROGRAMS_DIR = BENCH_DIR / "programs"
DEFAULT_GILPY = REPO_ROOT / "build" / "gilpy"

# Table order: from the simplest interpreter-core loops to library- and
# object-heavy programs.  Programs found on disk but not listed here are
# appended alphabetically, so adding a benchmark only needs a new file.
PREFERRED_ORDER = [
    "countdown", "fib", "montecarlo_pi", "list_filter", "nbody",
    "spectral_norm", "dict_str", "class_method", "generators",
]
STARTUP = "startup"          # pseudo-benchmark: `-c pass`
STARTUP_RUNS = 20

OK, MISMATCH, FAIL = "OK", "MISMATCH", "FAIL"


# --------------------------------------------------------------------------
# Discovering interpreters, benchmarks and the machine
# --------------------------------------------------------------------------

def real_python():
    """Path of the real CPython binary behind `python3` on PATH.

    With pyenv, `python3` on PATH is a shell shim that costs ~100 ms per
    start; timing through it would make CPython look much slower than it is,
    especially for start-up.  Asking the interpreter for sys.executable
    gives the binary the shim eventually executes.
    """
    shim = shutil.which("python3")
    if shim:
        try:
            out = subprocess.run(
                [shim, "-c", "import sys; print(sys.executable)"],
                capture_output=True, text=True, timeout=60, check=True)
            path = out.stdout.strip()
            if path and os.access(path, os.X_OK):
                return path
        except (OSError, subprocess.SubprocessError):
            pass
    # Fall back to whatever is running this script; it is CPython too.
    return sys.executable


def interpreter_version(exe):
    """A one-line version string, trying `--version` then sys.version."""
    attempts = [
        [exe, "--version"],
        [exe, "-c", "import sys; print(sys.version)"],
    ]
    for cmd in attempts:
        try:
            out = subprocess.run(cmd, capture_output=True, text=True,
                                 timeout=30, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            continue
        text = (out.stdout.strip() or out.stderr.strip()).splitlines()
        if out.returncode == 0 and text:
            return text[0].strip()
    return "unknown"


def machine_info():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        cpu = platform.processor() or cpu
    cores = os.cpu_count() or 0
    try:
        # Cores this process may actually run on (containers, taskset).
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = cores
    core_text = f"{cores} cores" if usable == cores else f"{cores} cores ({usable} usable)"
    kernel = f"{platform.system()} {platform.release()}"
    return cpu, core_text, kernel


def load_warning():
    """A warning line if other processes are competing for the CPUs.

    The numbers are wall times of single-threaded programs; on a busy
    machine both interpreters get inflated and noisy (alternating runs keeps
    the comparison roughly fair, but not the absolute times).
    """
    try:
        load1 = os.getloadavg()[0]
    except (AttributeError, OSError):
        return None
    cores = os.cpu_count() or 1
    # One benchmark process is our own load; allow some slack on top.
    if load1 > max(1.5, 0.75 * cores):
        return (f"warning: load average {load1:.1f} on {cores} cores -- other "
                f"processes are competing; timings are inflated and noisy")
    return None


def discover_benchmarks():
    found = sorted(p.stem for p in PROGRAMS_DIR.glob("*.py"))
    ordered = [name for name in PREFERRED_ORDER if name in found]
    ordered += [name for name in found if name not in ordered]
    return ordered


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------

class RunResult:
    def __init__(self, seconds, returncode, stdout, stderr, error=None):
        self.seconds = seconds
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.error = error  # text for timeouts / failures to start

    @property
    def ok(self):
        return self.error is None and self.returncode == 0


def run_once(cmd, timeout):
    """Run cmd, returning wall time (process start to exit) and output."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True,
                              errors="replace", timeout=timeout,
                              stdin=subprocess.DEVNULL, cwd=REPO_ROOT)
    except subprocess.TimeoutExpired:
        return RunResult(time.perf_counter() - start, None, "", "",
                         error=f"timed out after {timeout:g} s")
    except OSError as exc:
        return RunResult(0.0, None, "", "", error=f"could not start: {exc}")
    elapsed = time.perf_counter() - start
    error = None
    if proc.returncode != 0:
        error = f"exit status {proc.returncode}"
    return RunResult(elapsed, proc.returncode, proc.stdout, proc.stderr, error)


def tail(text, lines=5):
    rows = text.rstrip().splitlines()
    return "\n".join("      " + r for r in rows[-lines:])


def first_difference(expected, got):
    exp, act = expected.splitlines(), got.splitlines()
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else "<missing line>"
        a = act[i] if i < len(act) else "<missing line>"
        if e != a:
            return f"line {i + 1}:\n      CPython: {e!r}\n      gilpy:   {a!r}"
    return "outputs differ only in trailing whitespace/newlines"


class BenchResult:
    def __init__(self, name, unit="s"):
        self.name = name
        self.unit = unit          # "s" for programs, "ms" for startup
        self.py_times = []
        self.gp_times = []
        self.status = OK
        self.detail = ""          # why it is not OK
        self.output = ""          # CPython's output, for the log

    def median(self, times):
        if not times:
            return None
        m = statistics.median(times)
        return m * 1000.0 if self.unit == "ms" else m

    @property
    def py(self):
        return self.median(self.py_times)

    @property
    def gp(self):
        return self.median(self.gp_times)

    @property
    def speedup(self):
        if self.status != OK or not self.py or not self.gp:
            return None
        return self.py / self.gp


def run_pair(name, py_cmd, gp_cmd, runs, timeout, unit="s", check_output=True):
    """Alternate CPython and gilpy runs; stop early once gilpy has failed."""
    result = BenchResult(name, unit)
    reference = None
    for i in range(runs):
        py = run_once(py_cmd, timeout)
        if not py.ok:
            # CPython itself failing means the benchmark is broken, not gilpy.
            result.status = FAIL
            result.detail = f"CPython failed ({py.error})\n{tail(py.stderr)}"
            return result
        if reference is None:
            reference = py.stdout
            result.output = py.stdout
        elif check_output and py.stdout != reference:
            result.status = MISMATCH
            result.detail = "CPython output is not deterministic:\n      " + \
                first_difference(reference, py.stdout)
            return result
        result.py_times.append(py.seconds)

        gp = run_once(gp_cmd, timeout)
        if not gp.ok:
            result.status = FAIL
            result.detail = f"gilpy {gp.error}"
            if gp.stderr.strip():
                result.detail += "\n" + tail(gp.stderr)
            return result
        if check_output and gp.stdout != reference:
            result.status = MISMATCH
            result.detail = first_difference(reference, gp.stdout)
            # Keep the time anyway: it is still informative.
            result.gp_times.append(gp.seconds)
            return result
        result.gp_times.append(gp.seconds)
    return result


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------

def fmt_time(value, unit):
    if value is None:
        return "-"
    return f"{value:.1f}" if unit == "ms" else f"{value:.3f}"


def fmt_speedup(value):
    return "-" if value is None else f"{value:.2f}x"


def geomean(values):
    values = [v for v in values if v]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def table_rows(results):
    rows = []
    for r in results:
        label = r.name if r.unit == "s" else f"{r.name} (-c pass, ms)"
        rows.append([label, fmt_time(r.py, r.unit), fmt_time(r.gp, r.unit),
                     fmt_speedup(r.speedup), r.status])
    return rows


HEADERS = ["benchmark", "CPython s", "gilpy s", "speedup", "status"]


def text_table(rows):
    widths = [max(len(str(x)) for x in col) for col in zip(HEADERS, *rows)]
    def line(cells):
        # Name column left-aligned, numbers right-aligned.
        parts = [str(cells[0]).ljust(widths[0])]
        parts += [str(c).rjust(w) for c, w in zip(cells[1:4], widths[1:4])]
        parts.append(str(cells[4]).ljust(widths[4]))
        return "  ".join(parts).rstrip()
    out = [line(HEADERS), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def markdown_table(rows):
    out = ["| Benchmark | CPython (s) | gilpy (s) | Speedup | Status |",
           "|---|---:|---:|---:|---|"]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


def summary_lines(programs, startup, runs):
    ok = [r for r in programs if r.status == OK]
    gm = geomean(r.speedup for r in ok)
    lines = []
    if programs:
        if gm is None:
            lines.append("geometric mean speedup: - (no benchmark ran OK)")
        else:
            lines.append(f"geometric mean speedup: {gm:.2f}x over "
                         f"{len(ok)}/{len(programs)} benchmarks that ran OK "
                         f"(median of {runs} runs each)")
        slower = [r.name for r in ok if r.speedup is not None and r.speedup < 1.0]
        if slower:
            lines.append("gilpy slower than CPython on: " + ", ".join(slower))
    if startup is not None:
        if startup.status == OK:
            lines.append(f"startup (-c pass, median of {STARTUP_RUNS}): "
                         f"CPython {startup.py:.1f} ms, gilpy {startup.gp:.1f} ms")
        else:
            lines.append(f"startup (-c pass): {startup.status}")
    return lines


def header_lines(python, gilpy, py_version, gp_version):
    cpu, cores, kernel = machine_info()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return [
        f"date:    {stamp}",
        f"machine: {cpu}, {cores}, {kernel}",
        f"CPython: {py_version} ({python})",
        f"gilpy:   {gp_version} ({gilpy})",
    ]


def write_markdown(path, head, rows, summary, problems):
    parts = []
    parts += [f"- {h.split(':', 1)[0]}: {h.split(':', 1)[1].strip()}" for h in head]
    parts += ["", markdown_table(rows), ""]
    parts += [f"- {s}" for s in summary]
    if problems:
        parts += ["", "Problems:", ""]
        for r in problems:
            # Markdown list items are single lines: flatten the detail text.
            flat = " ".join(line.strip() for line in r.detail.splitlines())
            parts.append(f"- `{r.name}`: {r.status}: {flat}".rstrip())
    Path(path).write_text("\n".join(parts) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Time gilpy against CPython on bench/programs/*.py.")
    p.add_argument("--gilpy", default=str(DEFAULT_GILPY),
                   help="gilpy binary (default: %(default)s)")
    p.add_argument("--python", default=None,
                   help="CPython binary (default: the real binary behind "
                        "`python3`, bypassing pyenv shims)")
    p.add_argument("--runs", type=int, default=3,
                   help="runs per interpreter per benchmark (default: 3)")
    p.add_argument("--only", default=None,
                   help="comma-separated benchmark names; 'startup' selects "
                        "the start-up measurement")
    p.add_argument("--markdown", default=None, metavar="FILE",
                   help="also write the results table as Markdown to FILE")
    p.add_argument("--python-flags", default="-S", metavar="FLAGS",
                   help="extra CPython command-line flags as one string; "
                        "write --python-flags='-S -X ...' since the value "
                        "starts with '-' (default: %(default)s, skips "
                        "site/.pth processing; '' for none)")
    p.add_argument("--timeout", type=float, default=120.0,
                   help="seconds before a single run counts as FAIL "
                        "(default: %(default)s)")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    return args


def main(argv=None):
    args = parse_args(argv)
    available = discover_benchmarks()

    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in available and n != STARTUP]
        if unknown:
            print(f"unknown benchmark(s): {', '.join(unknown)}; available: "
                  f"{', '.join(available + [STARTUP])}", file=sys.stderr)
            return 2
        names = [n for n in available if n in wanted]
        do_startup = STARTUP in wanted
    else:
        names = available
        do_startup = True

    gilpy = args.gilpy
    if not (os.path.isfile(gilpy) and os.access(gilpy, os.X_OK)):
        print(f"gilpy binary not found or not executable: {gilpy}\n"
              f"build it first:  cmake --build build", file=sys.stderr)
        return 2
    python = args.python or real_python()
    # Everything before the script / -c on CPython's command line.
    py_prefix = [python] + shlex.split(args.python_flags)

    py_version = interpreter_version(python)
    if "3.11" not in py_version:
        # The targets are defined against CPython 3.11; other versions are
        # noticeably faster or slower, so say so rather than silently compare.
        print(f"warning: reference CPython is {py_version!r}, not 3.11; "
              f"use --python to pick a 3.11 binary", file=sys.stderr)
    head = header_lines(" ".join(py_prefix), gilpy, py_version,
                        interpreter_version(gilpy))
    for h in head:
        print(h)
    warnings = []
    w = load_warning()
    if w:
        warnings.append("at start: " + w)
        print(w)

    programs = []
    for name in names:
        script = str(PROGRAMS_DIR / f"{name}.py")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        r = run_pair(name, py_prefix + [script], [gilpy, script],
                     args.runs, args.timeout)
        programs.append(r)
        if r.status == OK:
            print(f"  {r.output.strip().splitlines()[0] if r.output.strip() else ''}",
                  file=sys.stderr)
        else:
            print(f"  {r.status}: {r.detail}", file=sys.stderr)

    startup = None
    if do_startup:
        print(f"running {STARTUP} ({STARTUP_RUNS} runs each) ...",
              file=sys.stderr, flush=True)
        startup = run_pair(STARTUP, py_prefix + ["-c", "pass"], [gilpy, "-c", "pass"],
                           STARTUP_RUNS, args.timeout, unit="ms")
        if startup.status != OK:
            print(f"  {startup.status}: {startup.detail}", file=sys.stderr)

    w = load_warning()
    if w:
        warnings.append("at end: " + w)
    everything = programs + ([startup] if startup else [])
    rows = table_rows(everything)
    summary = summary_lines(programs, startup, args.runs) + warnings
    problems = [r for r in everything if r.status != OK]

    print()
    print(text_table(rows))
    print()
    for s in summary:
        print(s)
    if problems:
        print()
        print("problems:")
        for r in problems:
            print(f"  {r.name}: {r.status}: {r.detail}")

    if args.markdown:
        write_markdown(args.markdown, head, rows, summary, problems)
        print(f"\nmarkdown written to {args.markdown}")

    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
