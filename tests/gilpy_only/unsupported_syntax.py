# Every unsupported construct is a SyntaxError naming it, raised by the
# compiler, so code that compiles strings can catch it and carry on.
cases = [
    "async def f():\n    pass\n",
    "def f():\n    await g()\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    async with a:\n        pass\n",
    "x = 1\nmatch x:\n    case 1:\n        pass\n",
    "z = 1j\n",
    "z = 1 + 2.5J\n",
    "s = '\\N{BULLET}'\n",
    "type Alias = int\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled?", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)

# The soft keywords stay ordinary names.
match, case, type_ = 1, 2, 3
print(match + case + type_)
try:
    exec("async def g(): pass")
except SyntaxError as e:
    print("exec:", e)
print("done")
