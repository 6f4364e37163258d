# What gilpy's re does not support raises NotImplementedError naming it:
# \N{...} escapes (no Unicode name database), the DEBUG flag (CPython prints
# the parse tree), the deprecated TEMPLATE flag and re.template().
import re

for pattern, flags in (("\\N{EM DASH}", 0), ("[\\N{EM DASH}]", 0), ("a", re.DEBUG), ("a", re.TEMPLATE),
                       ("(?t)a", 0)):
    try:
        re.compile(pattern, flags)
        print("compiled", repr(pattern))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    re.template("a")
except NotImplementedError as e:
    print("NotImplementedError:", e)
# The syntax is still checked first, as CPython does.
for pattern in ("\\N", "\\N{", "\\N{}"):
    try:
        re.compile(pattern)
    except re.error as e:
        print("re.error:", e)
try:
    re.compile(b"\\N")
except re.error as e:
    print("bytes:", e)
