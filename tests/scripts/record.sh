#!/usr/bin/env bash
# (Re)generate the CPython 3.11 recordings for the differential script tests.
#
# Usage: tests/scripts/record.sh [script.py ...]
#   With no arguments every test script tests/scripts/<area>/<name>.py is
#   recorded.  Files named helper_*.py or _*.py are helper modules imported by
#   other scripts, not tests, and are skipped (and never get a .out file).
#
# For each script it writes, next to it:
#   <name>.out   exact stdout (always written, possibly empty)
#   <name>.err   exact stderr (only if non-empty; stale file deleted otherwise)
#   <name>.code  exit status + newline (only if non-zero; stale file deleted)
#
# Each script is run the way the runner runs it: working directory = the
# script's folder, command `python3 <name>.py`, no arguments, stdin empty.
set -u
PY=${PYTHON3:-python3}
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v "$PY" >/dev/null 2>&1; then
    echo "record.sh: $PY not found" >&2
    exit 2
fi
ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "record.sh: warning: $PY is Python $ver, recordings should come from 3.11" >&2
fi

files=()
if [ $# -gt 0 ]; then
    for a in "$@"; do
        if [ ! -f "$a" ]; then echo "record.sh: no such file: $a" >&2; exit 2; fi
        case "$(basename "$a")" in
            helper_*|_*) echo "record.sh: skipping helper module $a" >&2; continue ;;
            *.py) ;;
            *) echo "record.sh: not a .py file: $a" >&2; exit 2 ;;
        esac
        files+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
    done
else
    while IFS= read -r f; do files+=("$f"); done < <(
        find "$here" -mindepth 2 -maxdepth 2 -name '*.py' \
             ! -name 'helper_*' ! -name '_*' | sort)
fi

export PYTHONDONTWRITEBYTECODE=1   # no __pycache__ next to helper modules
n=0
for f in "${files[@]}"; do
    dir=$(dirname "$f"); name=$(basename "$f" .py)
    (
        cd "$dir" || exit 2
        timeout 120 "$PY" "$name.py" </dev/null >"$name.out" 2>"$name.err.tmp"
        rc=$?
        if [ -s "$name.err.tmp" ]; then mv "$name.err.tmp" "$name.err"
        else rm -f "$name.err.tmp" "$name.err"; fi
        if [ "$rc" -ne 0 ]; then echo "$rc" >"$name.code"
        else rm -f "$name.code"; fi
    )
    n=$((n + 1))
done
echo "recorded $n script(s)"
