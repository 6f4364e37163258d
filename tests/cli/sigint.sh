#!/usr/bin/env bash
# SIGINT (Ctrl-C) stops a running program with KeyboardInterrupt within 2 s:
# in a busy loop, in time.sleep, and it can be caught.
source "$(dirname "$0")/lib/common.bash" "$1"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# interrupt NAME CODE: starts gilpy -c CODE (which prints "ready" once it is
# running), sends SIGINT, and waits at most 2 s for it to end; sets rc.
interrupt() {
  local name=$1 code=$2 pid i
  : >"$T/out"; : >"$T/err"
  # Job control on: a background job of a non-interactive shell would start
  # with SIGINT ignored, which a program is entitled to honour (CPython does).
  set -m
  "$G" -c "$code" >"$T/out" 2>"$T/err" </dev/null &
  pid=$!
  set +m
  for i in $(seq 100); do grep -q ready "$T/out" && break; sleep 0.1; done
  if ! grep -q ready "$T/out"; then fail "$name: program never got ready"; kill -KILL "$pid"; wait "$pid"; return; fi
  sleep 0.5
  local t0 t1
  t0=$(now_ms)
  kill -INT "$pid"
  for i in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  t1=$(now_ms)
  if kill -0 "$pid" 2>/dev/null; then
    fail "$name: still running 2 s after SIGINT"
    kill -KILL "$pid"
  fi
  wait "$pid"; rc=$?
  echo "$name: ended $((t1 - t0)) ms after SIGINT, exit status $rc"
}

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
