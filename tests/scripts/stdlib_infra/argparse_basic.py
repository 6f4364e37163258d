# argparse: a parser with the common actions, types, choices and nargs;
# parse results, --help, --version and the error messages (exit 2).
import argparse
import io
import os
import sys

# The help layout follows the terminal width: fix it.
os.environ["COLUMNS"] = "80"


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            res = parser.parse_args(args)
            code = None
        except SystemExit as e:
            res = None; code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print("ARGS", args, "->", res, "exit", code)
    if out.getvalue(): print("OUT:"); print(out.getvalue(), end="")
    if err.getvalue(): print("ERR:"); print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and options, described at some length so that it wraps.", epilog="See also: other tools.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="a number")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--tag", action="append")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
for args in [["a"], ["a", "b", "-vv", "--num", "7"], ["-n7", "a"], ["--num=8", "a"], ["a", "--mode", "slow"],
             ["a", "--mode", "medium"], [], ["a", "b", "c"], ["-n", "x", "a"], ["a", "--pair", "1", "2.5"],
             ["a", "--pair", "1"], ["--many", "a", "b"], ["a", "--some"], ["a", "--tag", "x", "--tag", "y"],
             ["-qv", "a"], ["a", "--nu", "5"], ["a", "--no-c"], ["a", "--", "-b"], ["-h"], ["--version"],
             ["a", "--bogus"], ["a", "-x"], ["--const", "a", "--many"], ["a", "-vq", "-vqv"], ["-qn5", "a"]]:
    run(p, args)
print(p.format_usage())
