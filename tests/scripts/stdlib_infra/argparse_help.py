# argparse help layout: usage wrapping at several widths (short and long
# prog, many optionals, long positionals), the help column, long option
# names, metavars, help text wrapping, %(prog)s/%(default)s/%(choices)s,
# suppressed arguments, usage=, description/epilog, exclusive groups in
# the usage, MetavarTypeHelpFormatter, format_usage/print_usage.
import argparse
import io
import os


def build(prog):
    p = argparse.ArgumentParser(prog=prog, description="Process %(prog)s inputs and write "
                                "outputs; the description is long enough to need wrapping.")
    p.add_argument("inputs", nargs="+", help="input files, as many as you like")
    p.add_argument("output", help="where to write")
    p.add_argument("-c", "--config", metavar="PATH", help="read settings from PATH "
                   "instead of the defaults, which are described elsewhere in great detail")
    p.add_argument("--level", type=int, choices=range(1, 4), default=2,
                   help="one of %(choices)s (default %(default)s)")
    p.add_argument("--a-very-long-option-name-indeed", action="store_true",
                   help="pushes its help to the next line")
    p.add_argument("--hidden", help=argparse.SUPPRESS)
    p.add_argument("--exclude", action="append", default=[], help="may be repeated")
    p.add_argument("-j", "--jobs", type=int, metavar="N")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--format", choices=["json", "yaml", "toml"])
    return p


for columns in ("80", "50", "30", "120"):
    os.environ["COLUMNS"] = columns
    print("=== COLUMNS=%s" % columns)
    print(build("short").format_help())
    print(build("a-rather-long-program-name-that-takes-space").format_usage())

os.environ["COLUMNS"] = "80"
print("=== usage= and no arguments")
p = argparse.ArgumentParser(prog="u", usage="%(prog)s [options] FILE", add_help=False)
print(repr(p.format_help()))
p = argparse.ArgumentParser(prog="empty", add_help=False)
print(repr(p.format_usage()), repr(p.format_help()))
p = argparse.ArgumentParser(prog="nousage", usage=argparse.SUPPRESS, epilog="only the epilog")
print(p.format_help())

print("=== exclusive groups in the usage")
p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--yaml", action="store_true")
g.add_argument("--toml", action="store_true", help=argparse.SUPPRESS)
r = p.add_mutually_exclusive_group(required=True)
r.add_argument("--in", dest="inp")
r.add_argument("--stdin", action="store_true")
p.add_argument("name")
print(p.format_usage(), end="")
one = p.add_mutually_exclusive_group(required=True)
one.add_argument("--only")
print(p.format_usage(), end="")

print("=== MetavarTypeHelpFormatter and positional metavars")
p = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument("--ratio", type=float)
p.add_argument("count", type=int)
print(p.format_help())
p = argparse.ArgumentParser(prog="meta")
p.add_argument("pair", nargs=2, metavar="KV")
p.add_argument("maybe", nargs="?", metavar="M")
p.add_argument("--opt", nargs="*", metavar=("A", "B"))
p.add_argument("--choice", choices=["x", "y"], metavar="C")
print(p.format_help())

print("=== print_usage / print_help to a file")
buf = io.StringIO()
p.print_usage(buf)
p.print_help(buf)
print(buf.getvalue().count("usage: meta"))
