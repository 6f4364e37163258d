# No complex numbers at run time either (docs/DIFFERENCES.md): complex() and a
# negative float to a fractional power raise NotImplementedError naming them.
for src in ["complex(1, 2)", "(-8.0) ** 0.5", "pow(-8, 0.5)"]:
    try:
        print(eval(src))
    except NotImplementedError as e:
        print(src, "->", type(e).__name__, "complex" in str(e), "not supported by gilpy" in str(e))
# Real results are unaffected.
print(8 ** (1 / 3), (-8) ** 2, (-8.0) ** -1, pow(4, 0.5))
