import atexit
import threading
import time


def bye(name, punct="!"):
    print("bye", name + punct)


class Broken:
    def __call__(self):
        raise ValueError("boom in atexit")

    def __repr__(self):
        return "<Broken callback>"


broken = Broken()


atexit.register(bye, "first")
atexit.register(broken)
atexit.register(bye, "second", punct="?")
f = atexit.register(lambda: print("removed"))
atexit.unregister(f)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)


def worker():
    time.sleep(0.05)
    print("worker done before atexit")


threading.Thread(target=worker).start()
print("main done")
