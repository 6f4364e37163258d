# native.evaluate: numexpr-style expressions over arrays and scalars.
import array
import native

a = array.array('d', [1.0, 2.0, 3.0, 4.0])
b = array.array('d', [4.0, 3.0, 2.0, 1.0])
print(native.evaluate("(2*a + 3*b)/b"))
print(native.evaluate("a**2 - b**0.5 + a % 3 - -a"))
print(native.evaluate("-7 % a"), [-7 % x for x in a])
print(native.evaluate("a > b"), native.evaluate("(a > 1) & (b > 1) | (a == 4)"))
print(native.evaluate("~(a < 3)"), native.evaluate("a != b"))
print(native.evaluate("where(a > 2, a, b)"))
print(native.evaluate("sqrt(a*a) + abs(-a) + exp(0*a) + log(a/a) + log10(a*0 + 100)"))
print(native.evaluate("sin(0*a) + cos(0*a) + tan(0*a) + arcsin(0*a) + arccos(a/a) + arctan(0*a)"))
print(native.evaluate("sinh(0*a) + cosh(0*a) + tanh(0*a) + arcsinh(0*a) + arccosh(a/a) + arctanh(0*a)"))

# reductions (outermost only)
print(native.evaluate("sum(a*b)"), native.evaluate("prod(a)"), native.evaluate("min(a - b)"), native.evaluate("max(a - b)"))
print(native.evaluate("sum(a > 2)"))
print(native.evaluate("sum(e)", {"e": array.array('d')}), native.evaluate("prod(e)", {"e": array.array('d')}))

# names: local_dict, then the caller's locals, then its globals
k = 10
print(native.evaluate("a * k"))
print(native.evaluate("a * k", {"k": 2}))
print(native.evaluate("x + y", local_dict={"x": a, "y": 0.5}))
def f(k):
    c = array.array('d', [9.0, 16.0])
    return native.evaluate("sqrt(c) + k")
print(f(100))
def g():
    c = array.array('d', [1.0])
    def inner():
        return native.evaluate("c * 3")
    def inner_using_c():
        c   # a free variable of this function: evaluate sees it
        return native.evaluate("c * 3")
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    return inner_using_c()
print(g())
t = True
print(native.evaluate("where(t, a, b)"))

# input typecodes are read as doubles; scalars broadcast
i = array.array('i', [1, 2, 3, 4])
h = array.array('B', [10, 20, 30, 40])
print(native.evaluate("i * h + 0.5"))
print(native.evaluate("2 ** 10 + 1"), native.evaluate("3 > 2"), native.evaluate("sum(4)"))

# out=: written in place and returned; may alias an input
o = array.array('d', [0.0] * 4)
r = native.evaluate("a + b", out=o)
print(r is o, o)
native.evaluate("2*a + a", out=a)
print(a)
of = array.array('f', [0.0] * 4)
native.evaluate("b / 2", out=of)
print(of)
ob = array.array('B', [9] * 4)
native.evaluate("b > 2", out=ob)
print(ob)
native.evaluate("1.5", out=of)
print(of)

# many blocks, several threads, GIL held or not: same results
n = 100_000
x = native.arange(n)
y = native.evaluate("x * 0.5 + 1")
print(y[0], y[n - 1], len(y))
for th in (1, 2, 3):
    print(native.evaluate("sum(x * x)", threads=th), native.evaluate("max(x)", threads=th, release_gil=False))
print(native.evaluate("sum(x*x)") == sum(v * v for v in x))
