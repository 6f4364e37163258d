# argparse errors: mistakes in defining arguments (ValueError, TypeError,
# ArgumentError), parse errors with exit_on_error=False, type= functions
# raising ArgumentTypeError/ValueError, custom actions, defaults,
# Namespace, parse_known_args, fromfile_prefix_chars, FileType, error().
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "80"

print("--- defining arguments")
p = argparse.ArgumentParser(prog="def")
p.add_argument("--x")
definitions = [
    lambda: p.add_argument("--x"),
    lambda: p.add_argument("-x", "--x"),
    lambda: p.add_argument("pos", required=True),
    lambda: p.add_argument("pos", dest="other"),
    lambda: p.add_argument("bad-", "x"),
    lambda: p.add_argument("--n", nargs=0),
    lambda: p.add_argument("--n", nargs="x"),
    lambda: p.add_argument("--n", action="append", nargs=0),
    lambda: p.add_argument("--n", const=1),
    lambda: p.add_argument("--n", action="bogus"),
    lambda: p.add_argument("--n", type="int"),
    lambda: p.add_argument("--n", type=argparse.FileType),
    lambda: p.add_argument("--n", nargs=2, metavar=("A", "B", "C")),
    lambda: p.add_argument("--", dest=None),
    lambda: p.add_mutually_exclusive_group().add_argument("req", nargs=1),
    lambda: argparse.ArgumentParser(conflict_handler="bogus"),
    lambda: argparse.ArgumentParser(prog="s").add_subparsers().add_parser("a").prog,
]
for define in definitions:
    try:
        result = define()
        print("ok", result if isinstance(result, str) else type(result).__name__)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

p = argparse.ArgumentParser(prog="resolve", conflict_handler="resolve")
p.add_argument("-a", "--all", action="store_true", help="old")
p.add_argument("--all", action="store_true", help="new")
print(p.format_help())

print("--- exit_on_error=False")
p = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices=["a", "b"])
p.add_argument("--two", nargs=2)
for args in [["--n", "x"], ["--c", "z"], ["--two", "1"], ["--n"], ["--n=1=2"]]:
    try:
        print(p.parse_args(args))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

print("--- type functions")


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        setattr(namespace, "seen_option", option_string)


p = argparse.ArgumentParser(prog="types", exit_on_error=False)
p.add_argument("--pos", type=positive)
p.add_argument("--up", action=Upper)
p.add_argument("--when", type=float, default="1.5")
p.add_argument("--rate", type=lambda s: float(s) / 100)
for args in [["--pos", "5"], ["--pos", "-1"], ["--pos", "x"], ["--up", "shout"], ["--rate", "x"], []]:
    try:
        print(p.parse_args(args))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)

print("--- defaults and Namespace")
p = argparse.ArgumentParser(prog="defaults", argument_default=argparse.SUPPRESS)
p.add_argument("--gone")
p.add_argument("--kept", default=7)
p.set_defaults(extra="x", kept=8)
print(p.parse_args([]), p.get_default("kept"), p.get_default("extra"), p.get_default("none"))
ns = argparse.Namespace(a=1, b=[2])
print(ns, "a" in ns, "z" in ns, ns == argparse.Namespace(a=1, b=[2]), ns != argparse.Namespace(a=1))
print(p.parse_args(["--gone", "g"], namespace=argparse.Namespace(pre=True)))
print(p.parse_known_args(["--gone", "1", "stray", "--unknown", "-z"]))
print(repr(p.add_argument("--shown", help="h")))
print(repr(argparse.ArgumentParser(prog="r", description="d")))

print("--- fromfile_prefix_chars and FileType")
name = "argparse_errors.tmp"
with open(name, "w") as f:
    f.write("--from\nfile value\n")
p = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
p.add_argument("--from")
p.add_argument("rest", nargs="*")
print(p.parse_args(["@" + name, "x"]))
os.remove(name)
ft = argparse.FileType("r")
print(ft, argparse.FileType("wb", encoding="utf-8"), ft("-") is sys.stdin)
p = argparse.ArgumentParser(prog="ft", exit_on_error=False)
p.add_argument("file", type=argparse.FileType("r"))
try:
    p.parse_args(["/nonexistent/file.txt"])
except argparse.ArgumentError as e:
    print(str(e).split(":")[0], "|", str(e).split(": ", 1)[1][:40])


print("--- error() and exit()")


class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("custom: " + message)


p = Raising(prog="raising")
p.add_argument("need")
try:
    p.parse_args([])
except ValueError as e:
    print(e)
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    argparse.ArgumentParser(prog="ex").exit(3, "leaving\n")
except SystemExit as e:
    print("exit", e.code, repr(sys.stderr.getvalue()))
finally:
    sys.stderr = saved
