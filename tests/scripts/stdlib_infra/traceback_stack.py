# traceback: the running stack (extract_stack, format_stack, print_stack,
# walk_stack) — needs sys._getframe.
import io
import os
import sys
import traceback

HERE = os.path.dirname(__file__) + os.sep


def show(text):
    print(text.replace(HERE, ""), end="")


def leaf():
    stack = traceback.extract_stack(limit=3)
    for frame in stack:
        print(os.path.basename(frame.filename), frame.lineno, frame.name, frame.line)
    show("".join(traceback.format_stack(limit=2)))
    buf = io.StringIO()
    traceback.print_stack(limit=1, file=buf)
    show(buf.getvalue())
    frames = list(traceback.walk_stack(None))
    print([f.f_code.co_name for f, lineno in frames[:1]])


def branch():
    leaf()


def trunk():
    branch()


trunk()
f = sys._getframe()
summary = traceback.StackSummary.extract(traceback.walk_stack(f), limit=1)
print(summary[0].name, summary[0].line)
