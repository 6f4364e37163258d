#!/usr/bin/env bash
# Command-line options: -V/--version, -h, bad usage (exit 2), a missing script.
source "$(dirname "$0")/lib/common.bash" "$1"

for opt in -V --version; do
  run_g $opt
  check_rc 0 "gilpy $opt"
  check_out_has '^gilpy [0-9]+\.[0-9]+' "gilpy $opt"
  check_err_empty "gilpy $opt"
done

for opt in -h --help; do
  run_g $opt
  check_rc 0 "gilpy $opt"
  check_out_has '^usage: gilpy ' "gilpy $opt"
  check_out_has '^-c cmd' "gilpy $opt"
done

run_g --no-such-option
check_rc 2 "unknown option"
check_err_has '^usage: ' "unknown option"
check_err_has 'no-such-option' "unknown option"
check_out_empty "unknown option"

run_g -Z
check_rc 2 "unknown short option"
check_err_has '^usage: ' "unknown short option"

run_g -c
check_rc 2 "-c without an argument"
check_err_has 'Argument expected for the -c option' "-c without an argument"
check_err_has '^usage: ' "-c without an argument"

run_g -m
check_rc 2 "-m without an argument"
check_err_has 'Argument expected for the -m option' "-m without an argument"

(cd "$T" && timeout 60 "$G" no_such_script.py >"$T/out" 2>"$T/err" </dev/null); rc=$?
check_rc 2 "a missing script"
check_err_has "can't open file '$T/no_such_script.py': \[Errno 2\] No such file or directory" "a missing script"
check_out_empty "a missing script"

run_g "$T/no/such/dir/x.py"
check_rc 2 "a missing script (absolute path)"
check_err_has "can't open file '$T/no/such/dir/x.py'" "a missing script (absolute path)"

finish
