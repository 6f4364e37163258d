# native module: argument errors and BufferError while a buffer is exported.
import array
import native

def check(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")

d = array.array('d', [1.0, 2.0])
check(native.sum, [1, 2])
check(native.sum, array.array('u', 'ab'))
check(native.sum, d, False)
check(native.sum)
check(native.sum, d, nonsense=1)
check(native.min, array.array('d'))
check(native.max, array.array('i'))
check(native.dot, d, array.array('f', [1, 2]))
check(native.dot, d, array.array('d', [1.0]))
check(native.fill_uniform, array.array('i', [0]), 0, 1, 1)
check(native.fill_uniform, d, 'a', 1, 1)
check(native.fill_uniform, d, 0, 1, 1.5)
check(native.arange, 0, 5, 0)
check(native.arange, 'x')
check(native.calc_pi, 0)
check(native.calc_pi, 1.5)
check(native.countdown, 1.0)
check(native.spin, -1)
p = array.array('d', [0.0] * 6)
check(native.pairwise, p, p, array.array('d', [0.0] * 3), 0, 2)
check(native.pairwise, p, array.array('d', [0.0] * 5), array.array('d', [0.0] * 4), 0, 2)
check(native.pairwise, p, p, array.array('d', [0.0] * 4), 1, 3)
check(native.pairwise, p, p, array.array('i', [0] * 4), 0, 2)

# Exports are released after each call: the arrays can be resized again
d.append(3.0)
print(d, native.sum(d))
