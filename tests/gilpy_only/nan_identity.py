# Floats are immediate values in gilpy (docs/DIFFERENCES.md): every NaN has
# the same canonical bits, so two NaNs are the same object. Containers test
# identity before equality, so a NaN is found in a list (CPython: False).
import math

nan = float("nan")
print(float("nan") in [float("nan")])
print(nan in (float("nan"),), float("nan") in {float("nan")}, math.nan in [nan])
print(float("inf") - float("inf") in [nan], -nan in [nan])
print(nan is float("nan"), id(nan) == id(float("nan")))
# Equality itself still follows IEEE 754.
print(nan == nan, nan != nan, nan == float("nan"), math.isnan(-nan))
print([1.0, nan].index(float("nan")), [nan, nan, 0.0].count(float("nan")))
print({nan: "found"}.get(float("nan"), "missing"))
