# argparse: subparsers, mutually exclusive groups, nargs combinations,
# intermixed parsing, parents, argument groups, formatter classes,
# negative numbers, prefix_chars, abbreviations, BooleanOptionalAction,
# extend/append_const, REMAINDER.
import argparse
import io
import os
import sys

# The help layout follows the terminal width: fix it.
os.environ["COLUMNS"] = "80"


def run(parser, args, known=False, inter=False):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            if inter: res = parser.parse_intermixed_args(args)
            else: res = parser.parse_known_args(args) if known else parser.parse_args(args)
            code = None
        except SystemExit as e:
            res = None; code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print("ARGS", args, "->", res, "exit", code)
    if out.getvalue(): print("OUT:"); print(out.getvalue(), end="")
    if err.getvalue(): print("ERR:"); print(err.getvalue(), end="")

# subparsers
p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="cmd", help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("paths", nargs="*")
s = sub.add_parser("status", help="show status")
s.add_argument("-s", "--short", action="store_true")
s.set_defaults(func="status_func")
for a in [["commit", "-m", "msg", "a", "b"], ["ci", "-m", "x"], ["status", "-s"], ["--debug", "status"],
          ["push"], ["commit"], ["-h"], ["commit", "-h"], [], ["status", "--extra"]]:
    run(p, a)
run(p, ["status", "--extra", "z"], known=True)

# mutually exclusive
p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", type=int)
g2 = p.add_mutually_exclusive_group()
g2.add_argument("-a", action="store_true")
g2.add_argument("-b", action="store_true")
g2.add_argument("-c", action="store_true", help=argparse.SUPPRESS)
for a in [["--foo"], ["--bar", "3"], ["--foo", "--bar", "1"], [], ["--foo", "-a", "-b"], ["-h"]]:
    run(p, a)

# positionals nargs mix
p = argparse.ArgumentParser(prog="pos")
p.add_argument("first")
p.add_argument("middle", nargs="*")
p.add_argument("last", nargs=2)
p.add_argument("--opt")
for a in [["1", "2", "3"], ["1", "2", "3", "4", "5"], ["1", "2"], ["1", "--opt", "x", "2", "3"], ["1", "2", "3", "--opt", "y", "4"]]:
    run(p, a)
run(p, ["1", "--opt", "x", "2", "3", "4"], inter=True)

# groups, parents, formatter classes, metavar tuples, required options
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s", help="from the parent")
p = argparse.ArgumentParser(prog="kid", parents=[parent], formatter_class=argparse.ArgumentDefaultsHelpFormatter)
grp = p.add_argument_group("network", "Network options that control\n   the connection.")
grp.add_argument("--host", default="localhost", help="host name")
grp.add_argument("--port", type=int, default=80, help="port")
p.add_argument("--point", nargs=2, metavar=("X", "Y"), help="a point")
p.add_argument("--need", required=True, help="required option")
p.add_argument("items", nargs="+", help="the items")
run(p, ["-h"])
run(p, ["x"])
run(p, ["--need", "1", "a", "b", "--point", "1", "2"])

p = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
                            description="Line one\n  indented line two\n")
p.add_argument("--x", help="keeps\n  breaks")
run(p, ["-h"])
p = argparse.ArgumentParser(prog="rawd", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n  indented line two\n", epilog="end\n  of it")
p.add_argument("--x", help="wrapped\n  normally")
run(p, ["-h"])

# negative numbers, prefix chars, abbreviations
p = argparse.ArgumentParser(prog="neg")
p.add_argument("-x", type=float)
p.add_argument("val", type=int, nargs="?")
for a in [["-x", "-1.5", "-3"], ["-5"], ["-x", "-.5"]]:
    run(p, a)
p = argparse.ArgumentParser(prog="negopt")
p.add_argument("-1", dest="one", action="store_true")
p.add_argument("val", nargs="?")
for a in [["-1"], ["-2"]]:
    run(p, a)
p = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
p.add_argument("+f", action="store_true")
p.add_argument("--bar")
run(p, ["+f", "--bar", "1"]); run(p, ["-h"])
p = argparse.ArgumentParser(prog="abbr")
p.add_argument("--verbose", action="store_true"); p.add_argument("--version-info", action="store_true")
p.add_argument("--level")
for a in [["--verb"], ["--ver"], ["--lev=3"], ["--v"]]:
    run(p, a)
p = argparse.ArgumentParser(prog="noabbr", allow_abbrev=False)
p.add_argument("--verbose", action="store_true")
run(p, ["--verb"])
p = argparse.ArgumentParser(prog="bool")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--ac", action="append_const", const=1)
for a in [["--no-color"], ["--color", "--ext", "a", "b", "--ext", "c", "--ac", "--ac"], ["-h"]]:
    run(p, a)
p = argparse.ArgumentParser(prog="rem")
p.add_argument("cmd"); p.add_argument("rest", nargs=argparse.REMAINDER)
run(p, ["ls", "-l", "--all", "x"])
