# Small ints, floats, None, True/False and other immortal objects report
# 4294967295 from sys.getrefcount (as CPython 3.12 does for its immortals).
import sys

print(sys.getrefcount(1) == 4294967295)
print(sys.getrefcount(1))
print(sys.getrefcount(-5), sys.getrefcount(2.5), sys.getrefcount(None))
print(sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(int))
# Ordinary objects count their references (plus the argument's own).
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
