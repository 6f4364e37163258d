import math
tests = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(-5),
         lambda: math.acos(2), lambda: math.asin(-1.5), lambda: math.exp(1000), lambda: math.factorial(-1),
         lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.isqrt(-4), lambda: math.fmod(1, 0),
         lambda: math.pow(0, -1), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
         lambda: math.sqrt('4'), lambda: math.gcd(1.5, 2), lambda: math.sin(math.inf), lambda: math.log(1, 1),
         lambda: math.pow(10, 400), lambda: math.ldexp(1, 5000)]
for t in tests:
    try:
        print(t())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
