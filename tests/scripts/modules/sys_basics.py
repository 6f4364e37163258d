import sys
print(sys.argv[0], len(sys.argv), type(sys.argv).__name__)
print(sys.version_info >= (3,), sys.version_info[0], sys.version_info.major >= 3, type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31)
print('sys' in sys.modules, 'builtins' in sys.modules, isinstance(sys.path, list))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
x = object()
before = sys.getrefcount(x)
holder = [x]
after = sys.getrefcount(x)
print(after - before)
holder.pop()
print(sys.getrefcount(x) - before)
print(sys.stdout.write('direct write\n'))
print(type(sys.stdin).__name__ != '', sys.byteorder in ('little', 'big'))
print(isinstance(sys.platform, str), sys.exc_info() == (None, None, None))
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
