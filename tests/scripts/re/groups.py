# Capturing, non-capturing and named groups, backreferences, and what
# lastindex / lastgroup report.
import re


def show(pattern, s, flags=0):
    m = re.search(pattern, s, flags)
    if m is None:
        print(repr(pattern), repr(s), None)
        return
    print(repr(pattern), repr(s), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
          [m.span(i) for i in range(len(m.groups()) + 1)])


show(r"(a)(b)(c)", "xabcx")
show(r"(a)(b)?", "ac")
show(r"((a)b)", "ab")
show(r"(a)(b)((c)d)", "abcd")
show(r"(?:ab)+(c)", "ababc")
show(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
show(r"(?P<a>x)|(?P<b>y)", "y")
show(r"(?P<a>x)(?P<b>y)?", "x")
show(r"(a|b)*", "abba")
show(r"(a|b)*c", "abbac")
show(r"(?:(a)|b)*", "ab")
show(r"((a)|b)*", "ab")
show(r"((a)|(b))*", "aba")
show(r"(a*)*", "aaa")
show(r"(a*)+", "aaa")
show(r"(a?)*b", "aab")
show(r"(a|)*", "aa")
show(r"(\w+)\s+\1", "hello hello world")
show(r"(\w)\1+", "abbbc")
show(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\"")
show(r"(a)|\1", "a")
show(r"(a)?b\1", "b")
show(r"(a)?(?(1)b|c)", "ab")
show(r"(a)?(?(1)b|c)", "c")
show(r"(?P<x>a)?(?(x)b|c)d", "cd")
show(r"(a)(?(1)b)", "ab")
show(r"(x)?(?(1)y)z", "z")
show(r"(?:a(b)c)*", "abcabc")
show(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk")
show(r"(a)\1{2}", "aaa")
show(r"(?i)(ab)\1", "abAB")
show(r"(.)(?:\1)*", "aaab")
show(r"([a-c])x\1", "axa bxc cxc")
show(r"((((((((((a))))))))))\10", "aa")
m = re.match(r"(?P<n>\d+)-(?P<m>\d+)", "12-34")
print(m.group(0, 1, 2), m.group("n", "m"), m[1], m["m"], m.start("m"), m.end(1))
print(m.groups("d"), re.match(r"(a)?(b)?", "").groups("-"), re.match(r"(?P<a>a)?", "").groupdict(0))
print(re.compile(r"(?P<a>x)(y)(?P<b>z)").groupindex, re.compile(r"(a)(b)").groups)
for bad in (3, -1, "zz", 1.0, None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(m.group(True), m.span(False))
