"""Drives the gilpy REPL through a pseudo-terminal (run by repl_pty.sh).

usage: python3 repl_driver.py PATH_TO_GILPY

Starts gilpy on a pty with HOME set to a temporary directory, types lines,
and checks what the REPL prints. Exits 0 when every check passes; on failure
prints the check, the output since the last check and the whole transcript
(REPL_DRIVER_VERBOSE=1 prints the transcript on success too).
"""
import codecs
import os
import pty
import re
import select
import signal
import sys
import tempfile
import time

TIMEOUT = 10.0          # seconds per expectation
PROMPT = ">>> "
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x07")
# The start of an escape sequence, or a lone CR, cut off at the end of a read.
INCOMPLETE = re.compile(r"(\x1b(\[[0-9;?]*|[()])?|\r)$")


class Failure(Exception):
    pass


class Repl:
    def __init__(self, gilpy, home):
        env = dict(os.environ, HOME=home, TERM="xterm", INPUTRC="/dev/null", LC_ALL="C.UTF-8")
        env.pop("GILPYPATH", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execve(gilpy, [gilpy], env)
            except BaseException as e:
                os.write(2, ("repl_driver: cannot run %s: %r\n" % (gilpy, e)).encode())
            os._exit(127)
        self.raw = b""        # everything read, as bytes
        self.clean = ""       # what was read as text: no escape sequences, "\n" line ends
        self.pending = ""     # decoded text held back until its end is known
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pos = 0          # offset in text() already consumed by expect()
        self.status = None

    def feed(self, data):
        # Built incrementally, so text() only ever grows and self.pos stays
        # valid when a read ends inside a UTF-8 character, an escape or a CRLF.
        self.raw += data
        self.pending += self.decoder.decode(data)
        m = INCOMPLETE.search(self.pending)
        cut = m.start() if m else len(self.pending)
        chunk, self.pending = self.pending[:cut], self.pending[cut:]
        self.clean += ANSI.sub("", chunk).replace("\r\n", "\n").replace("\r", "")

    def text(self):
        return self.clean

    def read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        r, _, _ = select.select([self.fd], [], [], min(left, 0.2))
        if r:
            try:
                data = os.read(self.fd, 65536)
            except OSError:        # EIO: the child has exited
                data = b""
            if not data:
                time.sleep(0.05)
                return self.exited() is None
            self.feed(data)
        return True

    def expect(self, pattern, what, timeout=TIMEOUT):
        """Waits until `pattern` (a regex) appears after the last match; returns the text before it."""
        rx = re.compile(pattern, re.M)
        deadline = time.monotonic() + timeout
        while True:
            t = self.text()
            m = rx.search(t, self.pos)
            if m:
                before = t[self.pos:m.start()]
                self.pos = m.end()
                return before
            if not self.read_some(deadline):
                raise Failure("%s: did not see /%s/ within %g s" % (what, pattern, timeout))

    def prompt(self, what, timeout=TIMEOUT):
        return self.expect(re.escape(PROMPT) + r"$", what + " (waiting for '>>> ')", timeout)

    def send(self, s):
        os.write(self.fd, s.encode())

    def line(self, s):
        self.send(s + "\r")

    def drain(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read_some(deadline)

    def exited(self):
        if self.status is None:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = st
        return self.status

    def wait_exit(self, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while self.exited() is None:
            if time.monotonic() > deadline:
                raise Failure("the REPL did not exit within %g s" % timeout)
            self.read_some(min(deadline, time.monotonic() + 0.2))
        return self.status

    def kill(self):
        if self.exited() is None:
            os.kill(self.pid, signal.SIGKILL)
            self.status = os.waitpid(self.pid, 0)[1]
        os.close(self.fd)


def check(cond, what, detail=""):
    """A failed check ends the session."""
    if not cond:
        raise Failure(what + (": " + detail if detail else ""))


SOFT_FAILURES = []


def soft_check(cond, what, detail=""):
    """A failed check is reported at the end; the session goes on."""
    if not cond and not any(f.startswith(what) for f in SOFT_FAILURES):
        SOFT_FAILURES.append(what + (": " + detail if detail else ""))


def output_lines(before):
    """The lines the REPL printed after an input line (drops the echoed input)."""
    lines = before.split("\n")
    return [l for l in lines[1:] if l.strip()] if lines else []


def session(r, home):
    r.prompt("startup")

    r.line("1 + 2")
    out = r.prompt("1 + 2")
    check(output_lines(out) == ["3"], "1 + 2 echoes 3", repr(out))

    r.line("_ * 2")
    out = r.prompt("_ * 2")
    check(output_lines(out) == ["6"], "_ * 2 echoes 6", repr(out))

    r.line("def f(x):")
    r.expect(r"^\.\.\. $", "continuation prompt after 'def f(x):'")
    r.line("    return x * 2")
    r.expect(r"^\.\.\. $", "continuation prompt after the body")
    r.line("")
    out = r.prompt("end of the def block")
    check(output_lines(out) == [], "a def prints nothing", repr(out))
    r.line("f(21)")
    out = r.prompt("f(21)")
    check(output_lines(out) == ["42"], "f(21) echoes 42", repr(out))

    r.line("x = 5")
    out = r.prompt("x = 5")
    check(output_lines(out) == [], "an assignment echoes nothing", repr(out))
    r.line("x")
    out = r.prompt("x")
    check(output_lines(out) == ["5"], "x echoes 5", repr(out))
    r.line("None")
    out = r.prompt("None")
    check(output_lines(out) == [], "None echoes nothing", repr(out))

    r.line("undefined_name_xyz + 1")
    out = r.prompt("NameError")
    check("Traceback (most recent call last):" in out, "a NameError prints a traceback", repr(out))
    check("NameError: name 'undefined_name_xyz' is not defined" in out, "NameError message", repr(out))
    r.line("x + 1")
    out = r.prompt("after the NameError")
    check(output_lines(out) == ["6"], "the REPL lives on after a NameError", repr(out))

    r.line("%time sum(range(1000))")
    out = r.prompt("%time")
    check(re.search(r"^CPU times: user .+, sys: .+, total: .+$", out, re.M) is not None, "%time prints CPU times", repr(out))
    check(re.search(r"^Wall time: \S+", out, re.M) is not None, "%time prints Wall time", repr(out))

    r.line("%timeit -n 10 -r 3 x = 1")
    out = r.prompt("%timeit")
    check(re.search(r"^\S+ \S+ ± \S+ \S+ per loop \(mean ± std\. dev\. of 3 runs, 10 loops each\)$", out, re.M)
          is not None, "%timeit prints IPython's format", repr(out))

    # %gil: a text timeline (a line per thread) and the GIL counters.
    r.line("import threading")
    r.prompt("import threading")
    r.line("%gil t = threading.Thread(target=sum, args=(range(10**6),), name='summer'); t.start(); t.join()")
    out = r.prompt("%gil")
    check(re.search(r"^summer +\|[#._= ]+\|$", out, re.M) is not None, "%gil draws a row per thread", repr(out))
    check("of the GIL time" in out, "%gil prints the counters", repr(out))

    # Ctrl-C while typing cancels the line (pressed at a human pace).
    r.send("this_line_is_cancelled = 1")
    r.expect(r"this_line_is_cancelled = 1", "typed text is echoed")
    r.drain(0.3)
    r.send("\x03")
    out = r.prompt("Ctrl-C while typing")
    check("KeyboardInterrupt" in out, "Ctrl-C while typing shows KeyboardInterrupt", repr(out))
    r.line("'this_line_is_cancelled' in globals()")
    out = r.prompt("the cancelled line did not run")
    check(output_lines(out) == ["False"], "the cancelled line did not run", repr(out))

    # Ctrl-C in a running loop.
    r.line("while True: pass")
    r.expect(r"^\.\.\. $", "continuation prompt after 'while True: pass'")
    r.line("")
    r.drain(1.0)
    r.send("\x03")
    out = r.prompt("Ctrl-C in a busy loop")
    check("KeyboardInterrupt" in out, "Ctrl-C in a busy loop raises KeyboardInterrupt", repr(out))
    r.line("print('alive')")
    out = r.prompt("print('alive')")
    check(output_lines(out) == ["alive"], "the REPL lives on after Ctrl-C", repr(out))

    # Ctrl-C pressed right after a keystroke (the SIGINT arrives while the
    # REPL is still handling that key) must not be lost either.
    lost = 0
    for i in range(100):
        r.line("z = %d" % i)          # a statement first: a fresh read of a line
        r.prompt("z = %d" % i)
        r.send("typed_%d" % i)
        r.expect(re.escape("typed_%d" % i), "typed text is echoed")
        r.send("\x03")
        try:
            out = r.prompt("Ctrl-C right after typing", timeout=3)
            soft_check("KeyboardInterrupt" in out, "Ctrl-C right after typing shows KeyboardInterrupt", repr(out))
        except Failure:
            lost += 1
            r.send("\x03")            # a second Ctrl-C wakes the REPL up
            r.prompt("recovering from a lost Ctrl-C")
            if lost == 3:
                break
    soft_check(lost == 0, "Ctrl-C right after a keystroke is never lost",
               "%d of %d were ignored until the next key (signal not noticed outside select)" % (lost, i + 1))

    # Tab completion of a keyword.
    r.send("impo\t")
    r.expect(r"import", "TAB completes 'impo' to 'import'")
    r.send("string as completed_mod\r")
    out = r.prompt("completed import")
    check(output_lines(out) == [], "the completed import runs silently", repr(out))
    r.line("completed_mod.__name__")
    out = r.prompt("the completed import ran")
    check(output_lines(out) == ["'string'"], "the completed line was 'import string as completed_mod'", repr(out))

    # Ctrl-D at an empty prompt exits with status 0 and saves the history.
    r.send("\x04")
    st = r.wait_exit()
    check(os.WIFEXITED(st) and os.WEXITSTATUS(st) == 0, "Ctrl-D exits with status 0",
          "status %r" % (os.WEXITSTATUS(st) if os.WIFEXITED(st) else "signal %d" % os.WTERMSIG(st)))
    hist = os.path.join(home, ".gilpy_history")
    check(os.path.exists(hist), "~/.gilpy_history exists after exit")
    with open(hist, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    check("print('alive')" in lines and "1 + 2" in lines, "the history holds earlier lines", repr(lines[-20:]))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    gilpy = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as home:
        r = Repl(gilpy, home)
        try:
            session(r, home)
        except Failure as e:
            for f in SOFT_FAILURES:
                print("FAIL [repl_pty]:", f)
            print("FAIL [repl_pty]:", e)
            print("--- output since the last check:")
            print(r.text()[r.pos:])
            print("--- transcript:")
            print(r.text())
            return 1
        finally:
            r.kill()
        if SOFT_FAILURES or os.environ.get("REPL_DRIVER_VERBOSE"):
            for f in SOFT_FAILURES:
                print("FAIL [repl_pty]:", f)
            print("--- transcript:")
            print(r.text())
        if SOFT_FAILURES:
            return 1
    print("repl_pty: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
