# common.bash — sourced by the tests/cli/*.sh scripts (not a test itself).
# Usage in a script:  source "$(dirname "$0")/lib/common.bash" "$1"
# Gives: $G (absolute path of the gilpy binary), $T (a temp dir removed on
# exit), run_g (runs gilpy, capturing $T/out, $T/err, and $rc), check_* helpers
# that record failures, and finish (exit status 1 if any check failed).
set -u
if [ -z "${1:-}" ] || [ ! -x "$1" ]; then
  echo "usage: $0 PATH_TO_GILPY" >&2
  exit 2
fi
G=$(realpath "$1")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
FAILS=0
TEST_NAME=$(basename "$0" .sh)

fail() {
  echo "FAIL [$TEST_NAME]: $*"
  FAILS=$((FAILS + 1))
}

# Shows what the last run_g captured (after a failure).
show_last() {
  echo "  exit status: ${rc:-?}"
  echo "  --- stdout (first 20 lines):"; head -20 "$T/out" | sed 's/^/  | /'
  echo "  --- stderr (first 20 lines):"; head -20 "$T/err" | sed 's/^/  | /'
}

# run_g [args...]: runs gilpy with stdin from /dev/null (unless RUN_STDIN is
# set to a file) and a 60 s limit; sets rc.
run_g() {
  timeout 60 "$G" "$@" <"${RUN_STDIN:-/dev/null}" >"$T/out" 2>"$T/err"
  rc=$?
}

check_rc() {        # check_rc WANT DESCRIPTION
  if [ "$rc" != "$1" ]; then fail "$2: exit status $rc, expected $1"; show_last; fi
}
check_out() {       # check_out EXACT_TEXT DESCRIPTION  (stdout must be TEXT plus a newline)
  if ! printf '%s\n' "$1" | cmp -s - "$T/out"; then fail "$2: stdout is not '$1'"; show_last; fi
}
check_err_has() {   # check_err_has REGEX DESCRIPTION
  if ! grep -Eq -- "$1" "$T/err"; then fail "$2: stderr lacks /$1/"; show_last; fi
}
check_out_has() {   # check_out_has REGEX DESCRIPTION
  if ! grep -Eq -- "$1" "$T/out"; then fail "$2: stdout lacks /$1/"; show_last; fi
}
check_err_empty() {
  if [ -s "$T/err" ]; then fail "$1: unexpected stderr"; show_last; fi
}
check_out_empty() {
  if [ -s "$T/out" ]; then fail "$1: unexpected stdout"; show_last; fi
}

finish() {
  if [ "$FAILS" -ne 0 ]; then
    echo "$TEST_NAME: $FAILS check(s) failed"
    exit 1
  fi
  echo "$TEST_NAME: all checks passed"
  exit 0
}
