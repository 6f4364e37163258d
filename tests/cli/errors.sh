#!/usr/bin/env bash
# How a program ends: SyntaxError, uncaught exceptions, sys.exit, deep
# recursion (RecursionError, never a segfault) and a huge allocation.
source "$(dirname "$0")/lib/common.bash" "$1"

printf 'print("never")\nx = (1,\n     2 +)\n' >"$T/bad.py"
run_g "$T/bad.py"
check_rc 1 "SyntaxError script"
check_out_empty "SyntaxError script"
check_err_has "^  File \"$T/bad.py\", line 3$" "SyntaxError script"
check_err_has '^    +\^+ *$' "SyntaxError script: caret line"
check_err_has '^SyntaxError: ' "SyntaxError script"
if grep -q Traceback "$T/err"; then fail "SyntaxError script: a compile error has no traceback"; show_last; fi

printf 'if True:\n  x = 1\n    y = 2\n' >"$T/indent.py"
run_g "$T/indent.py"
check_rc 1 "IndentationError script"
check_err_has '^IndentationError: unexpected indent$' "IndentationError script"

run_g -c 'x = 1 +'
check_rc 1 "SyntaxError in -c"
check_err_has '^SyntaxError: invalid syntax$' "SyntaxError in -c"
check_err_has '^\s+\^' "SyntaxError in -c: caret"

cat >"$T/boom.py" <<'PY'
def inner():
    return {}["missing"]

def outer():
    inner()

print("before")
outer()
print("after")
PY
run_g "$T/boom.py"
check_rc 1 "uncaught exception"
check_out "before" "uncaught exception: stdout"
check_err_has '^Traceback \(most recent call last\):$' "uncaught exception"
check_err_has "^  File \"$T/boom.py\", line 8, in <module>$" "uncaught exception"
check_err_has "^  File \"$T/boom.py\", line 2, in inner$" "uncaught exception"
check_err_has "^KeyError: 'missing'$" "uncaught exception"
[ "$(tail -1 "$T/err")" = "KeyError: 'missing'" ] || { fail "uncaught exception: last stderr line"; show_last; }

run_g -c 'raise ValueError("bad value")'
check_rc 1 "uncaught exception in -c"
check_err_has '^Traceback \(most recent call last\):$' "uncaught exception in -c"
check_err_has '^ValueError: bad value$' "uncaught exception in -c"
# CPython 3.11 shows no source lines for code given with -c (there is no file).
printf 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nValueError: bad value\n' >"$T/want"
cmp -s "$T/want" "$T/err" || { fail "uncaught exception in -c: traceback differs from CPython 3.11's"; diff "$T/want" "$T/err" | sed 's/^/  /'; }

run_g -c 'import sys; print("x"); sys.exit(3)'
check_rc 3 "sys.exit(3)"
check_out "x" "sys.exit(3)"
check_err_empty "sys.exit(3)"

run_g -c 'import sys; sys.exit("fatal: msg")'
check_rc 1 "sys.exit('msg')"
check_out_empty "sys.exit('msg')"
[ "$(cat "$T/err")" = "fatal: msg" ] || { fail "sys.exit('msg'): stderr should be the message"; show_last; }

run_g -c 'import sys; sys.exit()'
check_rc 0 "sys.exit()"
check_err_empty "sys.exit()"
run_g -c 'raise SystemExit(0)'
check_rc 0 "raise SystemExit(0)"
run_g -c 'import sys; sys.exit(256 + 7)'
check_rc 7 "sys.exit(263)"
run_g -c '
try:
    raise SystemExit(5)
finally:
    print("cleanup")'
check_rc 5 "SystemExit through finally"
check_out "cleanup" "SystemExit through finally"

# Deep recursion: RecursionError (exit 1), never a segfault (139).
printf 'def f(n):\n    return f(n + 1)\nf(0)\n' >"$T/rec.py"
run_g "$T/rec.py"
check_rc 1 "deep recursion"
check_err_has '^RecursionError: maximum recursion depth exceeded' "deep recursion"

cat >"$T/rec_deep.py" <<'PY'
import sys
sys.setrecursionlimit(10**7)     # the C stack guard must still hold
def f(n):
    return f(n + 1)
f(0)
PY
run_g "$T/rec_deep.py"
[ "$rc" -ne 139 ] || fail "deep recursion with a raised limit: segfault"
check_rc 1 "deep recursion with a raised limit"
check_err_has '^RecursionError: maximum recursion depth exceeded' "deep recursion with a raised limit"

cat >"$T/rec_kinds.py" <<'PY'
import sys
sys.setrecursionlimit(10**7)
class R:
    def __repr__(self):
        return repr(self)
def g(n):
    yield from g(n + 1)
def h(n):
    return sorted([1, 2], key=lambda x: h(n + 1))
for what, fn in [("repr", lambda: repr(R())), ("key", lambda: h(0))]:
    try:
        fn()
    except RecursionError:
        print(what, "RecursionError")
# (Nested generators each hold a fiber stack, so they are only tried at
# the default limit: with a huge one they fill gigabytes before MemoryError.)
sys.setrecursionlimit(1000)
try:
    list(g(0))
except RecursionError:
    print("gen RecursionError")
PY
run_g "$T/rec_kinds.py"
[ "$rc" -ne 139 ] || fail "recursion through C++ calls: segfault"
check_rc 0 "recursion through C++ calls"
check_out "repr RecursionError
key RecursionError
gen RecursionError" "recursion through C++ calls"

# A huge allocation is a MemoryError, caught or not.
run_g -c '[0] * 10**12'
check_rc 1 "uncaught MemoryError"
[ "$(tail -1 "$T/err")" = "MemoryError" ] || { fail "uncaught MemoryError: last stderr line"; show_last; }
run_g -c '
try:
    x = [0] * 10**12
except MemoryError:
    print("caught MemoryError")
print(len([0] * 10))'
check_rc 0 "caught MemoryError"
check_out "caught MemoryError
10" "caught MemoryError"

finish
