"""fib: naive doubly-recursive Fibonacci.

Measures the cost of Python-level function calls: frame setup, argument
binding, a comparison, two recursive calls and an addition per call.
fib(30) makes about 2.7 million calls; on its own it finishes in ~0.2 s on
CPython 3.11, which is too short to time reliably against process start-up,
so it is computed REPEAT times (same work each time, same answer).
"""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 30
REPEAT = 3

result = 0
for _ in range(REPEAT):
    result = fib(N)
print(f"fib({N}) = {result} (x{REPEAT})")
