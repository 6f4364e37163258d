# Non-ASCII subjects and patterns: positions are code-point indices, and
# every function works the same on text that is not ASCII.
import re

s = "naïve café — ünïcödé 日本語 text 😀 end"
for pattern in (r"\w+", r"[^\x00-\x7f]+", r"é", r"\b\w", r"(?<=é)\s", r".😀.", r"[日本]+", r"\W+", r"\S+$", r"c\w+é"):
    print(repr(pattern), [(m.group(), m.span()) for m in re.finditer(pattern, s)])
print(re.search("語", s).span(), re.search("text", s).start(), re.match(".*?(end)", s).span(1))
print(re.sub(r"[éü]", "E", s), re.subn("\\w", "", s)[1], re.split(r"\s+", s))
print(re.findall(r"(\w)(\w)", "αβγδε"), re.split("(β)", "αβγ"), re.sub("(γ)", r"<\1>", "αβγ"))
p = re.compile(r"\w")
print(p.search(s, 10).span(), p.findall(s, 20, 25), [m.span() for m in p.finditer("é-é-é", 1, 4)])
print(p.match("日本", 1), p.fullmatch("日本", 1), re.compile("").search("ééé", 2).span())
print(re.match("(?i)ÉCOLE", "école"), re.match("(?i)[À-Ý]+", "àéîõü").span(), re.findall("(?i)σ", "ΣσςΣ"))
print(re.findall(r"\d", "1٢३۴߅"), re.findall(r"\s", " \u2028\u3000\x85"), re.findall(r"[\w]", "a_1ñ·"))
print(re.match(r"(.)\1", "éé").span(), re.match(r"(?i)(.)\1", "éÉ").span(), re.search(r"(?<=ü)x", "üx").span())
print(re.search(r"😀+", "a😀😀b").span(), re.search(r".{3}$", "ab😀cd").group(), re.sub(".", "-", "a😀b"))
print(re.split("", "aé😀"), re.findall("", "é😀"), re.sub("x*", "-", "éxü"))
print(re.match("\U0001F600", "😀"), re.match("[\U0001F600-\U0001F64F]+", "😀😃x").span())
print(re.search("\\$", "€$").span(), re.search("[€]", "a€").span(), re.escape("日本.語"))
m = re.search(r"(?P<w>ö\w*)", s)
print(m.span(), m.span("w"), m.start("w"), m.end(), m.regs, repr(m))
big = "é" * 1000 + "x" + "ü" * 1000
print(re.search("x", big).span(), re.search("(?<=é)x(?=ü)", big).span(), len(re.findall("ü", big)))
print(re.compile("x").search(big, 500, 1500).span(), re.compile("ü").search(big, 1990).span())
print(re.compile("é").search(big, 1000), re.compile("é+").match(big, 10, 20).span())
