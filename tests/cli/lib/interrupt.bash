# interrupt.bash — sourced by the SIGINT tests (after common.bash).

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

