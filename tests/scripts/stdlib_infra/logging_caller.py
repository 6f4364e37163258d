# logging: where a record was logged from (needs sys._getframe):
# pathname, filename, module, funcName, lineno, stacklevel, stack_info.
import io
import logging
import os

HERE = os.path.dirname(__file__) + os.sep
out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG,
                    format="%(filename)s:%(lineno)d %(module)s.%(funcName)s %(levelname)s %(message)s")
log = logging.getLogger("caller")


def helper(message):
    log.info(message)
    log.info(message + " (attributed to helper's caller)", stacklevel=2)


class Service:
    def run(self):
        log.warning("in a method")
        helper("from run")


logging.debug("module level")
Service().run()
log.info("with the stack", stack_info=True)
adapter = logging.LoggerAdapter(log, {})
adapter.error("through an adapter")
record = log.makeRecord("x", 10, "p", 1, "m", (), None)
print(os.path.basename(log.findCaller()[0]), log.findCaller()[2])
print(out.getvalue().replace(HERE, ""), end="")
