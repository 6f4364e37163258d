#!/usr/bin/env bash
# SIGINT (Ctrl-C) stops a running program with KeyboardInterrupt within 2 s:
# in a busy loop, in time.sleep, and it can be caught.
source "$(dirname "$0")/lib/common.bash" "$1"

source "$(dirname "$0")/lib/interrupt.bash"

interrupt "busy loop" 'import sys
print("ready", flush=True)
while True: pass'
[ "$rc" = 1 ] || [ "$rc" = 130 ] || { fail "busy loop: exit status $rc, expected 1 or 130"; show_last; }
check_err_has '^KeyboardInterrupt' "busy loop"

interrupt "busy function" 'def spin():
    n = 0
    while True:
        n += 1
print("ready", flush=True)
spin()'
[ "$rc" = 1 ] || [ "$rc" = 130 ] || { fail "busy function: exit status $rc, expected 1 or 130"; show_last; }
check_err_has '^KeyboardInterrupt' "busy function"
check_err_has 'in spin' "busy function: traceback names the function"

interrupt "time.sleep" 'import time
print("ready", flush=True)
time.sleep(100)'
[ "$rc" = 1 ] || [ "$rc" = 130 ] || { fail "time.sleep: exit status $rc, expected 1 or 130"; show_last; }
check_err_has '^KeyboardInterrupt' "time.sleep"

interrupt "caught" 'import time
try:
    print("ready", flush=True)
    time.sleep(100)
except KeyboardInterrupt:
    print("caught it")
print("goodbye")'
[ "$rc" = 0 ] || { fail "caught KeyboardInterrupt: exit status $rc"; show_last; }
check_out "ready
caught it
goodbye" "caught KeyboardInterrupt"
check_err_empty "caught KeyboardInterrupt"

# A SIGINT that the parent set to be ignored stays ignored (as in CPython).
out=$( (trap "" INT; "$G" -c 'import os
os.kill(os.getpid(), 2)
print("alive")') 2>&1 ); rc=$?
[ "$rc" = 0 ] && [ "$out" = "alive" ] || fail "ignored SIGINT: expected 'alive' and status 0, got status $rc: $out"

finish
