#!/usr/bin/env bash
# Ways to give gilpy a program: -c, a script with arguments, stdin (piped or
# "-"), and -m (timeit, an unknown module).
source "$(dirname "$0")/lib/common.bash" "$1"

run_g -c 'print(2 ** 100)'
check_rc 0 "-c code"
check_out "1267650600228229401496703205376" "-c code"
check_err_empty "-c code"

run_g -c 'import sys; print(sys.argv)' a 'b c' -x
check_rc 0 "-c with arguments"
check_out "['-c', 'a', 'b c', '-x']" "-c with arguments"

mkdir -p "$T/proj"
cat >"$T/proj/prog.py" <<'PY'
import sys
print(sys.argv[1:])
print(__name__, __file__.endswith("proj/prog.py"))
print(len(sys.argv))
PY
run_g "$T/proj/prog.py" one 'two words' --flag -c
check_rc 0 "script with arguments"
check_out "['one', 'two words', '--flag', '-c']
__main__ True
5" "script with arguments"
(cd "$T/proj" && timeout 60 "$G" prog.py x </dev/null >"$T/out" 2>"$T/err"); rc=$?
check_rc 0 "relative script path"
check_out_has "^\['x'\]$" "relative script path"
(cd "$T/proj" && timeout 60 "$G" prog.py x </dev/null >"$T/out" 2>"$T/err")
check_out_has '^__main__ True$' "relative script path: __file__"

# A script imports modules from its own folder (sys.path[0]).
echo 'VALUE = 41' >"$T/proj/helper_mod.py"
echo 'import helper_mod; print(helper_mod.VALUE + 1)' >"$T/proj/imp.py"
run_g "$T/proj/imp.py"
check_rc 0 "script importing a sibling module"
check_out "42" "script importing a sibling module"

# Piped stdin runs as a script.
out=$(echo 'print(6*7)' | timeout 60 "$G" 2>"$T/err"); rc=$?
check_rc 0 "piped stdin"
[ "$out" = "42" ] || fail "piped stdin: got '$out', expected 42"
out=$(printf 'import sys\nfor line in ["a", "b"]:\n    print(line * 2)\nprint(sys.argv)\n' | timeout 60 "$G" 2>"$T/err"); rc=$?
check_rc 0 "piped multi-line stdin"
[ "$out" = "aa
bb
['']" ] || fail "piped multi-line stdin: got '$out'"

# "-" reads the program from stdin and passes the rest as arguments.
out=$(echo 'import sys; print(sys.argv)' | timeout 60 "$G" - p q 2>"$T/err"); rc=$?
check_rc 0 "- with arguments"
[ "$out" = "['-', 'p', 'q']" ] || fail "- with arguments: got '$out'"

# -m timeit prints CPython's format.
run_g -m timeit -n 100 "x = 1"
check_rc 0 "-m timeit"
if ! grep -Eqx '100 loops, best of 5: [0-9]+(\.[0-9]+)? (nsec|usec|msec|sec) per loop' "$T/out"; then
  fail "-m timeit: unexpected output format"; show_last
fi
[ "$(wc -l <"$T/out")" -eq 1 ] || { fail "-m timeit: expected one line"; show_last; }

run_g -m timeit -n 3 -r 2 -s 'import math' 'math.sqrt(2)'
check_rc 0 "-m timeit with -s and -r"
if ! grep -Eqx '3 loops, best of 2: [0-9]+(\.[0-9]+)? (nsec|usec|msec|sec) per loop' "$T/out"; then
  fail "-m timeit -r 2: unexpected output format"; show_last
fi

run_g -m no_such_module_xyz
[ "$rc" -ne 0 ] || { fail "-m unknown module: exit status 0"; show_last; }
[ "$rc" -ne 139 ] && [ "$rc" -lt 128 ] || { fail "-m unknown module: killed by a signal ($rc)"; show_last; }
check_err_has 'No module named no_such_module_xyz' "-m unknown module"

finish
