#!/usr/bin/env bash
# No output is lost at exit, whether stdout is a pipe or a file; stdout and
# stderr interleave in program order when both are flushed explicitly.
source "$(dirname "$0")/lib/common.bash" "$1"

seq 0 99999 >"$T/expected"
prog='for i in range(100000):
    print(i)'

timeout 60 "$G" -c "$prog" </dev/null 2>"$T/err" | cat >"$T/piped"
cmp -s "$T/expected" "$T/piped" || fail "100k lines through a pipe: $(wc -l <"$T/piped") lines arrived"

timeout 60 "$G" -c "$prog" </dev/null >"$T/file" 2>"$T/err"
cmp -s "$T/expected" "$T/file" || fail "100k lines to a file: $(wc -l <"$T/file") lines arrived"

# Ending with sys.exit and with an uncaught exception flushes stdout too.
timeout 60 "$G" -c "$prog
import sys
sys.exit(4)" </dev/null 2>"$T/err" | cat >"$T/piped"; rc=${PIPESTATUS[0]}
[ "$rc" = 4 ] || fail "100k lines then sys.exit(4): exit status $rc"
cmp -s "$T/expected" "$T/piped" || fail "100k lines then sys.exit(4): $(wc -l <"$T/piped") lines arrived"

timeout 60 "$G" -c "$prog
raise RuntimeError('end')" </dev/null >"$T/file" 2>"$T/err"; rc=$?
[ "$rc" = 1 ] || fail "100k lines then an exception: exit status $rc"
cmp -s "$T/expected" "$T/file" || fail "100k lines then an exception: $(wc -l <"$T/file") lines arrived"
grep -q '^RuntimeError: end$' "$T/err" || fail "100k lines then an exception: no traceback"

# Large writes without newlines, and sys.stdout.write.
timeout 60 "$G" -c 'import sys
for i in range(1000):
    sys.stdout.write("x" * 999 + "\n")
print("y" * 1000000, end="")' </dev/null | cat >"$T/piped"
size=$(wc -c <"$T/piped")
[ "$size" = 2000000 ] || fail "large writes through a pipe: $size bytes, expected 2000000"

# Output ordering between stdout and stderr sharing one pipe.
timeout 60 "$G" -c 'import sys
for i in range(3):
    print("out", i)
    sys.stdout.flush()
    print("err", i, file=sys.stderr)
    sys.stderr.flush()
print("last out", flush=True)
sys.stderr.write("last err\n")' </dev/null 2>&1 | cat >"$T/mixed"
printf 'out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\nlast out\nlast err\n' >"$T/want"
if ! cmp -s "$T/want" "$T/mixed"; then
  fail "stdout/stderr ordering on one pipe"
  diff "$T/want" "$T/mixed" | sed 's/^/  /'
fi

# A traceback comes after everything the program printed (stdout is flushed first).
timeout 60 "$G" -c 'print("first")
print("second")
1 / 0' </dev/null 2>&1 | cat >"$T/mixed"
[ "$(head -2 "$T/mixed")" = "first
second" ] || { fail "output before a traceback"; sed 's/^/  /' "$T/mixed"; }
[ "$(tail -1 "$T/mixed")" = "ZeroDivisionError: division by zero" ] || { fail "traceback after output"; sed 's/^/  /' "$T/mixed"; }

finish
