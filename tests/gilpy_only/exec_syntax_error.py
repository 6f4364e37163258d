# exec/eval/compile of text with a syntax error raise SyntaxError (or its
# subclass IndentationError) that the program catches and survives.
sources = [
    "x = (",
    "a = 1\nb = 2 +\n",
    "if True:\nprint(1)\n",
    "x = 1 = 2\n",
    "return 1\n",
]
for src in sources:
    try:
        exec(src)
        print("no error?")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, isinstance(e, SyntaxError))

try:
    eval("1 +")
except SyntaxError as e:
    print("eval:", e.msg, e.lineno)
try:
    compile("y = )", "made_up.py", "exec")
except SyntaxError as e:
    print("compile:", e)
    print(e.filename, e.lineno)

# A syntax error inside the exec'd code does not leak partial definitions.
ns = {}
try:
    exec("early = 1\nlate = (\n", ns)
except SyntaxError:
    print("early" in ns)
exec("ok = 6 * 7", ns)
print(ns["ok"])
