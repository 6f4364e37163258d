#!/usr/bin/env bash
# Re-run python3 on every recorded test script and compare stdout, stderr and
# exit status with the recordings (<name>.out / .err / .code).
# A .py is a test only if a .out file exists next to it.
# Exit 0 if everything matches (or python3 is missing), 1 on any mismatch.
#
# Usage: tests/scripts/verify_recordings.sh [-v] [script.py ...]
#   -v  show a diff for each mismatch
set -u
PY=${PYTHON3:-python3}
here=$(cd "$(dirname "$0")" && pwd)
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi

if ! command -v "$PY" >/dev/null 2>&1; then
    echo "verify_recordings.sh: $PY not found; nothing verified"
    exit 0
fi
ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "verify_recordings.sh: warning: $PY is Python $ver, recordings are from 3.11" >&2
fi

files=()
if [ $# -gt 0 ]; then
    for a in "$@"; do files+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); done
else
    while IFS= read -r f; do files+=("${f%.out}.py"); done < <(
        find "$here" -mindepth 2 -maxdepth 2 -name '*.out' | sort)
fi

# Drop CPython 3.11 caret/underline lines (only spaces, ^ and ~), as the runner does.
# Paths are compared from tests/scripts/ on: recordings made in one checkout
# must verify in another (CPython prints the script's absolute path).
strip_carets() { grep -Ev '^[ ^~]*[~^][ ^~]*$' | sed -E 's#"[^"]*/tests/scripts/#"<scripts>/#g' || true; }

export PYTHONDONTWRITEBYTECODE=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
total=0; bad=0
for f in "${files[@]}"; do
    dir=$(dirname "$f"); name=$(basename "$f" .py)
    rel=${f#"$here"/}
    total=$((total + 1))
    if [ ! -f "$f" ] || [ ! -f "$dir/$name.out" ]; then
        echo "MISSING  $rel"; bad=$((bad + 1)); continue
    fi
    ( cd "$dir" && timeout 120 "$PY" "$name.py" </dev/null >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc" )
    rc=$(cat "$tmp/rc")
    exp_rc=0; [ -f "$dir/$name.code" ] && exp_rc=$(tr -d '[:space:]' <"$dir/$name.code")
    : >"$tmp/experr"; [ -f "$dir/$name.err" ] && cp "$dir/$name.err" "$tmp/experr"
    why=""
    cmp -s "$tmp/out" "$dir/$name.out" || why="$why stdout"
    if ! cmp -s <(strip_carets <"$tmp/err") <(strip_carets <"$tmp/experr"); then why="$why stderr"; fi
    [ "$rc" = "$exp_rc" ] || why="$why exit($rc!=$exp_rc)"
    if [ -n "$why" ]; then
        bad=$((bad + 1))
        echo "MISMATCH $rel:$why"
        if [ $verbose -eq 1 ]; then
            diff "$dir/$name.out" "$tmp/out" | head -20
            diff <(strip_carets <"$tmp/experr") <(strip_carets <"$tmp/err") | head -20
        fi
    fi
done
if [ $bad -eq 0 ]; then
    echo "verify_recordings.sh: all $total recordings match"
    exit 0
fi
echo "verify_recordings.sh: $bad of $total recordings do not match"
exit 1
