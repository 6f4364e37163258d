# re.Pattern and re.Match objects: attributes, repr, copying, equality.
import copy
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>\d*)(;)?", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p))
m = p.search("  Name=42;x")
print(repr(m), bool(m), m.re is p, m.string, m.pos, m.endpos)
print(m.group(), m.group(0), m.group(1, 2, 3), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
print(m.start(), m.end(), m.span(), m.start(2), m.span("value"), m.regs)
print(m[0], m[1], m["key"], m.expand(r"\g<value>-\1"))
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.copy(p) is p, copy.deepcopy(p) is p)
m2 = p.search("k=;", 0, 3)
print(repr(m2), m2.groups(), m2.groups("?"), m2.lastindex, m2.lastgroup, m2.span(3), m2.start(3), m2.end(3))
print(repr(re.match("x" * 60, "x" * 60)))
print(repr(re.match(".*", "é" * 60)))
print(repr(re.match("(a)|b", "b")), re.match("(a)|b", "b").lastindex, re.match("(?P<n>a)|(b)", "b").lastgroup)
print(repr(re.search(b"\\d+", b"ab 12 cd")), repr(re.match("", "")))
print(repr(re.compile("x" * 300))[-20:], len(repr(re.compile("x" * 300))))
print(repr(re.compile("a'b\"c\n")), repr(re.compile(b"\\x00")), repr(re.compile("a", re.M | re.S)))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") == re.compile(b"a"))
print(re.compile("a") == "a", re.compile("a") != re.compile("b"), {re.compile("a"): 1}[re.compile("a")])
print(re.Pattern[str], re.Match[bytes], isinstance(p, re.Pattern), isinstance(m, re.Match), type(m).__name__)
print(type(p).__module__, type(m).__module__, type(p).__name__)
it = re.finditer(r"\d", "a1b2")
print(next(it).span(), next(it).span(), next(it, "done"))
for bad in (lambda: m.start(9), lambda: m.span("nope"), lambda: m.group(1, 7), lambda: m.expand(r"\9")):
    try:
        bad()
    except (IndexError, re.error) as e:
        print(type(e).__name__, e)
try:
    m.group(key=1)
except TypeError as e:
    print("TypeError", e)
gi = p.groupindex
try:
    gi["new"] = 5
except TypeError:
    pass
print(p.groupindex)
import pickle
q = pickle.loads(pickle.dumps(p))
print(q == p, q.pattern, q.flags, q.search("a=1").groups())
try:
    pickle.dumps(m)
except TypeError as e:
    print("TypeError", e)
