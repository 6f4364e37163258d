# logging: lastResort, the logger tree, levels, propagation, handlers and
# their levels, filters, formatters (%, {, $ styles), records, adapters,
# basicConfig and the errors of each.
import io
import logging
import os
import sys

print("--- no handlers: lastResort prints WARNING and above, message only")
logging.getLogger("quiet").info("info is dropped")
logging.getLogger("quiet").warning("a %s from lastResort", "warning")
logging.getLogger("quiet").error("an error")
sys.stderr.flush()

print("--- levels")
print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("INFO"),
      logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.WARN, logging.FATAL, logging.NOTSET)

print("--- the tree")
root = logging.getLogger()
print(root, root is logging.getLogger("root"), root is logging.root, root.name)
child = logging.getLogger("a.b.c")
print(child.parent is root)
middle = logging.getLogger("a.b")
print(child.parent is middle, middle.parent is root)
top = logging.getLogger("a")
print(middle.parent is top, child.parent is middle, top.getChild("b") is middle)
print(child, middle.getChild("c.d"))
print(sorted(name for name in logging.Logger.manager.loggerDict if name.startswith("a")))
print(type(logging.Logger.manager.loggerDict["a.b.c"]).__name__)

print("--- effective levels")
top.setLevel(logging.ERROR)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.WARNING), child.isEnabledFor(50))
middle.setLevel("DEBUG")
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), child)
logging.disable(logging.INFO)
print(child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)
print(child.isEnabledFor(logging.INFO))

print("--- handlers, handler levels, propagation")
out = io.StringIO()
h_top = logging.StreamHandler(out)
h_top.setFormatter(logging.Formatter("top  %(levelname)s %(name)s: %(message)s"))
top.addHandler(h_top)
h_child = logging.StreamHandler(out)
h_child.setLevel(logging.WARNING)
h_child.setFormatter(logging.Formatter("child %(levelno)d %(message)s"))
child.addHandler(h_child)
child.debug("debug: top handler only")
child.warning("warning: both")
child.propagate = False
child.warning("not propagated")
child.propagate = True
child.log(logging.CRITICAL, "via log()")
child.log(25, "custom level %d", 25)
print(out.getvalue(), end="")
print(child.hasHandlers(), logging.getLogger("x.y").hasHandlers())
print(h_top, h_child)
child.removeHandler(h_child)
child.removeHandler(h_child)
print(child.handlers)

print("--- filters")
out.seek(0)
out.truncate()
h_top.addFilter(logging.Filter("a.b"))
logging.getLogger("a.bc").error("a.bc is filtered out")
middle.error("a.b passes")
child.error("a.b.c passes")
h_top.removeFilter(h_top.filters[0])
h_top.addFilter(lambda record: "secret" not in record.getMessage())
top.error("a secret")
top.error("public")
f = logging.Filter()
print(f.filter(logging.makeLogRecord({"name": "anything"})))
print(out.getvalue(), end="")

print("--- records")
rec = logging.LogRecord("n", logging.INFO, "/p/mod.py", 12, "x=%d y=%s", (1, "two"), None, "fn")
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.funcName, rec.lineno)
print(rec.threadName, rec.processName, rec.process == os.getpid(), rec.msecs < 1000, rec.exc_text)
print(repr(rec))
rec = logging.LogRecord("n", 20, "p", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(rec.args, rec.getMessage())
rec = logging.makeLogRecord({"msg": "made", "levelno": 40, "custom": 1})
print(rec.getMessage(), rec.levelno, rec.custom, rec.name)

print("--- formatters")
fmt_rec = logging.LogRecord("fmt", logging.WARNING, "/x/y.py", 7, "hello %s", ("you",), None, "func")
for fmt, style in [("%(name)s:%(levelname)-8s:%(message)s|", "%"), ("[%(lineno)04d] %(module)s", "%"),
                   ("{levelname:>9} {name} {message!r}", "{"), ("${name} ${levelno} $message", "$")]:
    print(logging.Formatter(fmt, style=style).format(fmt_rec))
print(logging.Formatter().format(fmt_rec))
print(logging.Formatter("%(message)s %(missing)s", defaults={"missing": "default"}).format(fmt_rec))
print(logging.Formatter("%(asctime)s", datefmt="%Y").format(fmt_rec).isdigit())
stamp = logging.Formatter("%(asctime)s").format(fmt_rec)
print(len(stamp), stamp[4], stamp[10], stamp[19], stamp[20:].isdigit())
print(logging.Formatter("%(relativeCreated)d").format(fmt_rec).isdigit())
try:
    raise KeyError("inner")
except KeyError:
    exc_rec = logging.LogRecord("e", 40, "p", 1, "failed", None, sys.exc_info())
text = logging.Formatter("%(message)s").format(exc_rec)
print(text.splitlines()[0], "|", text.splitlines()[1], "|", text.splitlines()[-1])
print(exc_rec.exc_text == text[len("failed\n"):])
bf = logging.BufferingFormatter()
print(repr(bf.format([fmt_rec, fmt_rec])), repr(bf.format([])))

print("--- adapters and extra")
out.seek(0)
out.truncate()
h_top.filters.clear()
h_top.setFormatter(logging.Formatter("%(message)s user=%(user)s"))
adapter = logging.LoggerAdapter(top, {"user": "ann"})
adapter.error("through the adapter")
top.error("with extra", extra={"user": "bob"})
print(adapter, adapter.name, adapter.isEnabledFor(40), adapter.getEffectiveLevel())
print(out.getvalue(), end="")

print("--- errors")
tries = [
    lambda: top.setLevel("LOUD"),
    lambda: top.setLevel(1.5),
    lambda: top.log("ERROR", "x"),
    lambda: logging.Formatter("no fields"),
    lambda: logging.Formatter("%(message)", validate=True),
    lambda: logging.Formatter("{message", style="{"),
    lambda: logging.Formatter("{message!x}", style="{"),
    lambda: logging.Formatter("{}", style="{"),
    lambda: logging.Formatter("$ money", style="$"),
    lambda: logging.Formatter("plain", style="$"),
    lambda: logging.Formatter("%(message)s", style="*"),
    lambda: logging.Formatter("%(nope)s").format(fmt_rec),
    lambda: top.error("x", extra={"message": 1}),
    lambda: top.error("x", extra={"name": 1}),
    lambda: logging.getLogger(3),
    lambda: logging.setLoggerClass(int),
    lambda: logging.Handler().emit(fmt_rec),
    lambda: logging.basicConfig(stream=out, filename="f.log", force=True),
    lambda: logging.basicConfig(handlers=[], stream=out, force=True),
    lambda: logging.basicConfig(bogus=1, other=2, force=True),
    lambda: logging.basicConfig(style="?", force=True),
]
for attempt in tries:
    try:
        attempt()
        print("no error")
    except (ValueError, TypeError, KeyError, NotImplementedError) as e:
        print(type(e).__name__, e)
