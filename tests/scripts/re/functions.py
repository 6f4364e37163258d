# The module-level functions and Pattern methods: search, match, fullmatch,
# findall, finditer, split, escape, purge, compile, with pos/endpos.
import re

print(re.search("b+", "abbbc"), re.match("b+", "abbbc"), re.match("a", "abc"))
print(re.fullmatch("a.c", "abc"), re.fullmatch("a.c", "abcd"), re.fullmatch("a|ab", "ab"))
print(re.fullmatch("a*?", "aaa"), re.fullmatch("(?:a|ab)(?:c|bcd)", "abcd"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\w)=\d", "a=1 b=2"))
print(re.findall(r"(a)|b", "abab"), re.findall(r"(a)(x)?", "aa"), re.findall("", "abc"))
print(re.findall(r"a*", "baaac"), re.findall(r"a|", "ab"), re.findall(r"\b", "ab cd"))
print([m.span() for m in re.finditer(r"\w+", "ab, cd  ef")], [m.group() for m in re.finditer("x*", "axb")])
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"x*", "axbc"), re.split(r"\b", "a b"))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split(r"(a)|b", "xaybz"), re.split(",", "a,b,,c", 2))
print(re.split("x", "axbxc", maxsplit=-1), re.split("", "abc"), re.split("(?=b)", "abab"), re.split("^$", ""))
p = re.compile(r"\d")
print(p.search("a1b2", 2), p.search("a1b2", 2, 3), p.match("a1b2", 1), p.findall("1234", 1, 3))
print(p.fullmatch("a1b", 1, 2), [m.span() for m in p.finditer("1a2b3", 1)], p.search("12", -5), p.search("12", 1, 99))
print(p.findall("123", 2, 1), list(p.finditer("123", 3)), p.split("a1b2c"), p.sub("#", "a1b2"))
print(re.escape("a.b*c?d"), re.escape("hello world\n\t"), re.escape("-_#&~%"), re.escape(b"a.b c"), re.escape("é.ü"))
print(re.compile(re.escape(".*?[]{}()^$|\\")).fullmatch(".*?[]{}()^$|\\") is not None)
c1 = re.compile("abc")
print(re.compile("abc") is c1, re.compile(c1) is c1, re.compile("abc", re.I) is c1)
re.purge()
print(re.compile("abc") == c1, re.compile("abc") != re.compile("abd"), hash(re.compile("x")) == hash(re.compile("x")))
try:
    re.compile(c1, re.I)
except ValueError as e:
    print("ValueError", e)
for bad in (123, None, ["a"]):
    try:
        re.compile(bad)
    except TypeError as e:
        print("TypeError", e)
for f in (re.search, re.match, re.fullmatch, re.findall, re.split):
    try:
        f("a", 5)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile("a").search("abc", "1")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a").search()
except TypeError as e:
    print("TypeError", e)
print(re.compile("a").search(string="xa", pos=1, endpos=2), re.compile("a").split(string="bab", maxsplit=1))
print(re.sub(pattern="a", repl="b", string="aa", count=1), re.subn("a", "b", "aaa", 2))
print(type(re.finditer("a", "a")).__name__, re.Pattern, re.Match, type(re.compile("a").scanner("a")).__name__)
s = re.compile(r"\d").scanner("a1b22")
print(s.search(), s.search(), s.match(), s.search(), s.search(), s.pattern)
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("id", tok)),
    (r"\d+\.\d*", lambda s, tok: ("float", float(tok))),
    (r"\d+", lambda s, tok: ("int", int(tok))),
    (r"[=+*/-]", lambda s, tok: ("op", tok)),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 - bar ?rest"), scanner.scan(""), scanner.scan("?"))
