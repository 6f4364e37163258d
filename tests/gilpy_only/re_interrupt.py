# A catastrophic regular expression stays interruptible in gilpy: the
# matcher polls the eval breaker, where it lets other threads take the GIL
# and where pending signals run, so Ctrl-C (here: _thread.interrupt_main
# from a timer thread) raises KeyboardInterrupt in the middle of a match.
# (CPython's matcher never releases the GIL, so there the timer thread could
# not run until the match ended: this is a gilpy-only test.)
import _thread
import re
import threading

for pattern, subject in ((r"(a+)+b", "a" * 60), (r"(?:a|aa)*c", "a" * 80), (r"(x+x+)+y", "x" * 50)):
    timer = threading.Timer(0.1, _thread.interrupt_main)
    timer.start()
    try:
        re.search(pattern, subject)
        print("finished?")
    except KeyboardInterrupt:
        print("interrupted:", pattern)
    timer.join()
print(re.match(r"(a+)+b", "aaab").span())
