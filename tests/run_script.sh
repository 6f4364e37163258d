#!/usr/bin/env bash
# Runs one differential script test: tests/scripts/AREA/NAME.py (or
# tests/gilpy_only/NAME.py, whose expectations are written by hand) under gilpy,
# from the script's own folder, and compares with what python3 printed
# (recorded beside it): NAME.out (stdout), NAME.err (stderr, if any) and
# NAME.code (exit status, if not 0). Traceback marker lines (only spaces,
# '^' and '~') are ignored on both sides: gilpy prints simpler markers than
# CPython 3.11 (see docs/DIFFERENCES.md).
set -u
gilpy=$(realpath "$1")
script=$2
dir=$(dirname "$script")
name=$(basename "$script" .py)
cd "$dir" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timeout "${GILPY_TEST_TIMEOUT:-50}" "$gilpy" "$name.py" >"$tmp/out" 2>"$tmp/err" </dev/null
code=$?
# Also: CPython prints the script's absolute path; the recordings were made
# in another checkout, so paths are compared from tests/scripts/ (or, for the
# hand-written expectations of tests/gilpy_only/, from tests/gilpy_only/) on.
strip_markers() {
  grep -v -E '^[[:space:]]*[~^]+[[:space:]~^]*$' "$1" |
    sed -E -e 's#"[^"]*/tests/scripts/#"<scripts>/#g' -e 's#"[^"]*/tests/gilpy_only/#"<gilpy_only>/#g' || true
}
fail=0
if ! cmp -s "$tmp/out" "$name.out"; then
  echo "--- stdout differs (expected vs gilpy):"
  diff "$name.out" "$tmp/out" | head -40
  fail=1
fi
if [ -f "$name.err" ]; then
  if ! diff <(strip_markers "$name.err") <(strip_markers "$tmp/err") >"$tmp/errdiff"; then
    echo "--- stderr differs (expected vs gilpy):"
    head -40 "$tmp/errdiff"
    fail=1
  fi
elif [ -s "$tmp/err" ]; then
  echo "--- unexpected stderr:"
  head -40 "$tmp/err"
  fail=1
fi
want=0
[ -f "$name.code" ] && want=$(cat "$name.code")
if [ "$code" != "$want" ]; then
  echo "--- exit status $code, expected $want"
  fail=1
fi
exit $fail
