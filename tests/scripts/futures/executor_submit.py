# ThreadPoolExecutor.submit: results, exceptions re-raised by result(), kwargs.
from concurrent.futures import ThreadPoolExecutor, Executor, Future


def add(a, b=0, *, scale=1):
    return (a + b) * scale


def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("missing")
    raise SystemExit(3)     # BaseException: also captured by the future


def fnkw(fn=None, **kw):
    return fn, sorted(kw)


with ThreadPoolExecutor(max_workers=3) as ex:
    print(isinstance(ex, Executor))
    futs = [ex.submit(add, i, b=i, scale=2) for i in range(6)]
    print(all(isinstance(f, Future) for f in futs))
    print([f.result() for f in futs])
    print(ex.submit(add, 1, 2).result(timeout=5))
    # `fn` is positional-only in submit, so it can be a keyword of the call.
    print(ex.submit(fnkw, fn=1, self=2).result())
    for kind in ("value", "key", "exit"):
        f = ex.submit(fail, kind)
        exc = f.exception()
        print(kind, type(exc).__name__, exc.args)
        try:
            f.result()
        except BaseException as e:
            print("  result() raised", type(e).__name__, e is exc)
    # Lambdas and bound methods.
    print(ex.submit(lambda: "lam").result(), ex.submit("abc".upper).result())
    # A task can submit more work to the same executor.
    def outer(n):
        return ex.submit(add, n, 100)
    print(ex.submit(outer, 5).result().result())

# Executor's abstract submit.
try:
    Executor().submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
with Executor() as base:
    print("base executor context ok", base.shutdown() is None)
