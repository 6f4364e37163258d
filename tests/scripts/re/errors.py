# Bad patterns: the exception type, message, position and line/column for
# each common mistake, as CPython reports them.
import re

BAD = [
    "[a", "[", "[^", "[a-", "a[b-", "*a", "+", "?", "{1}", "a**", "a*+*", "a{2}{3}", "a??+",
    "(a", "((a)", "a)", "a))", ")", "(?", "(?P", "(?Px)", "(?P<", "(?P<>a)", "(?P<a", "(?P<1a>x)",
    "(?P<a>x)(?P<a>y)", "(?P=a)", "(?P=", "(?P=1)", "(?P<a>(?P=a))", "(?<x)", "(?<", "(?z)",
    "(?#abc", "\\", "a\\", "\\q", "[\\q]", "\\8", "[\\8]", "\\1", "(a)\\2", "(a\\1)", "\\x", "\\x1",
    "\\u12", "\\U0011FFFF", "[\\x]", "\\N", "\\N{", "\\400", "[\\777]", "[z-a]", "[\\w-z]",
    "[a-\\d]", "b{3,2}", "a{99999999999}", "a{1,4294967296}", "x{4294967295}", "(?i", "(?i-",
    "(?i-:a)", "(?-i)", "(?iz:a)", "(?i-z:a)", "(?i-i:a)", "(?a-u:a)", "(?au)", "(?L)a",
    "a(?i)b", "(?x)a(?i)b", "(a)(?i)", "(?(1)a|b)", "(?(2)a)(b)", "(?(a)x)", "(?(1a)x)", "(?(0)x)",
    "(a)(?(1)x|y|z)", "(?(1)x", "(?<=a+)b", "(?<=a|bc)d", "(?<!a*)b", "(?<=(a)\\1)", "(?<=(?P<x>a)(?P=x))b",
    "(?<=\\1)(a)", "^*", "$+", "\\b*", "\\A?", "(?=a)*b", "x|*", "a\n(b", "a\nb\n[c",
    "(?'a')", "(?P>x)", "\\Z{2}", "(?<a>x)", "a{,", "a{1,2",
]

for pattern in BAD:
    try:
        p = re.compile(pattern)
        print(repr(pattern), "compiles:", p.groups)
    except re.error as e:
        print(repr(pattern), "re.error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern is not None)
    except (OverflowError, ValueError, RecursionError) as e:
        print(repr(pattern), type(e).__name__ + ":", e)

for pattern, flags in (("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L), (b"(?u)a", 0),
                       ("(?L)a", 0), (b"[\\d", 0), (b"\\u1234", 0), (b"[\xe9-a]", 0), (b"\\", 0)):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), "compiles")
    except (re.error, ValueError) as e:
        print(repr(pattern), type(e).__name__ + ":", e)

e = re.error("msg")
print(str(e), e.msg, e.pattern, e.pos, e.lineno, re.error.__module__, issubclass(re.error, Exception))
e = re.error("boom", "ab\ncd", 4)
print(str(e), e.lineno, e.colno)
e = re.error("boom", b"ab\ncd", 1)
print(str(e), e.lineno, e.colno)
