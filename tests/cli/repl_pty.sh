#!/usr/bin/env bash
# The interactive REPL through a pseudo-terminal: see repl_driver.py.
set -u
if [ -z "${1:-}" ] || [ ! -x "$1" ]; then echo "usage: $0 PATH_TO_GILPY" >&2; exit 2; fi
PY=${PYTHON3:-python3}
if ! command -v "$PY" >/dev/null 2>&1; then
  echo "repl_pty: $PY not found; skipped"
  exit 0
fi
exec timeout 300 "$PY" "$(dirname "$0")/repl_driver.py" "$1"
