# logging.basicConfig and the module-level functions: the default stderr
# handler and format, level, format/datefmt/style, filename/filemode,
# force, FileHandler, NullHandler, shutdown, captureWarnings.
import io
import logging
import os
import sys
import warnings

logging.info("below the root's WARNING level")
logging.warning("module-level warning() configures a stderr handler")
logging.error("%s and %s", "args", "too")
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG)   # ignored: the root has a handler
logging.debug("still below WARNING")

out = io.StringIO()
logging.basicConfig(stream=out, level="DEBUG", format="{levelname}/{name}/{message}",
                    style="{", force=True)
logging.debug("debug now shown")
logging.getLogger("lib").info("from a library")
try:
    {}["missing"]
except KeyError:
    logging.exception("caught")
print(out.getvalue().splitlines()[:3])
print(out.getvalue().splitlines()[-1])
print(logging.root.level, logging.root.handlers[0].stream is out)

name = "logging_config.tmp.log"
logging.basicConfig(filename=name, filemode="w", format="%(levelname)s:%(message)s",
                    force=True)
logging.debug("to the file")
logging.getLogger("file").critical("critical to the file")
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.baseFilename == os.path.abspath(name), handler.mode)
print(repr(handler).startswith("<FileHandler ") and repr(handler).endswith(" (NOTSET)>"))
logging.shutdown()
with open(name) as f:
    print(f.read(), end="")

fh = logging.FileHandler(name, delay=True)
print(fh.stream)
fh.setFormatter(logging.Formatter("appended %(message)s"))
logger = logging.getLogger("append")
logger.addHandler(fh)
logger.propagate = False
logger.warning("one")
fh.close()
logger.warning("two (the stream reopens in append mode)")
fh.close()
with open(name) as f:
    print(f.read(), end="")
os.remove(name)

print("--- NullHandler keeps lastResort away")
lib = logging.getLogger("library")
lib.propagate = False
lib.addHandler(logging.NullHandler())
lib.error("swallowed")
print(lib.handlers)

print("--- lastResort = None")
saved = logging.lastResort
logging.lastResort = None
orphan = logging.getLogger("orphan")
orphan.propagate = False
saved_stderr = sys.stderr
sys.stderr = io.StringIO()
orphan.error("nowhere")
orphan.error("nowhere again")
message = sys.stderr.getvalue()
sys.stderr = saved_stderr
logging.lastResort = saved
print(repr(message))

print("--- captureWarnings")
out = io.StringIO()
logging.basicConfig(stream=out, format="%(name)s|%(message)s", force=True)
logging.captureWarnings(True)
warnings.warn_explicit("captured", UserWarning, "nowhere/w.py", 3)
logging.captureWarnings(False)
print(repr(out.getvalue()))
