# native.evaluate: clear errors for bad expressions, names, types and shapes.
import array
import native

a = array.array('d', [1.0, 2.0, 3.0])
b = array.array('d', [1.0, 2.0])
s = "text"
u = array.array('u', 'abc')

def check(*args, **kw):
    try:
        r = native.evaluate(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", r)

check("a +")
check("a ++")
check("(a")
check("a < a < a")
check("a // 2")
check("a and a")
check("not a")
check("2j * a")
check("a $ 2")
check("0x10 + a")
check("(" * 300 + "a" + ")" * 300)
check("nosuch + a")
check("frobnicate(a)")
check("sqrt(a, a)")
check("where(a, a, a)")
check("where(a > 1, a)")
check("a & a")
check("~a")
check("1 + sum(a)")
check("sum(a, 0)")
check("a + b")
check("a + s")
check("u + 1")
check("a", out=array.array('d', [0.0]))
check("a + 1", out=array.array('i', [0, 0, 0]))
check("sum(a)", out=array.array('d', [0.0]))
check("min(e)", {"e": array.array('d')})
check("a", threads=0)
check("a", threads=1.5)
check(42)
check("a", [1])
check("a", {}, None)
print(native.evaluate("a", threads=1), native.evaluate("a / 0"), native.evaluate("log(a - 2)"))
