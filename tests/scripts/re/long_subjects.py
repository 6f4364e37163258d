# Long subjects: the matcher keeps its backtracking state on the heap, so
# deep repetition of groups does not overflow the C stack.
import re

s = "ab" * 100000
print(re.match(r"(a|b)*", s).span(), re.match(r"(a|b)*", s).group(1))
print(re.match(r"(?:a|b)*c", s + "c").end(), re.match(r"(?:ab)+", s).end(), re.match(r"(ab)*?$", s).span(1))
print(re.match(r"((a)|(b))*", s).groups(), re.fullmatch(r"(?:(a)b)+", s).span(1))
print(re.match(r"(?:x|ab)*", s).end(), re.match(r"(a(b))*", s).span(2), re.match(r"(?>(?:ab)*)", s).end())
line = "x" * 1000000
print(re.match(r".*", line).end(), re.search(r"x$", line).span(), re.match(r".*?y", line))
print(re.search(r"y", line), len(re.findall(r"x", line)), re.sub(r"x{1000}", "y", line)[:5])
print(re.fullmatch(r"(x+x+)+", "x" * 1000).end(), re.match(r"(x|xx)+z", "x" * 20))
text = ("word " * 50000).strip()
print(len(re.findall(r"\w+", text)), len(re.split(r"\s", text)), re.subn(r"o", "0", text)[1])
print(len(list(re.finditer(r"\b", text))), re.search(r"(\w+) \1 \1$", text).span())
print(re.match(r"(?:a*)*", "a" * 50000).end(), re.match(r"(?:a*?)*?b", "a" * 30 + "b").end())
print(re.match(r"(a+)+b", "a" * 22 + "b").span(), re.search(r"(a+)+c", "a" * 18 + "b"))
nested = "(" * 300 + ")" * 300
print(re.compile(nested).groups)
print(re.match(r"(?:(?:(?:a)*)*)*", "a" * 10000).end(), re.match(r"(?:a{1,3}){1000}", "a" * 3000).end())
uni = "é" * 300000
print(re.match(r"(é|ü)*", uni).end(), re.search(r"(?<=é)$", uni).span(), len(re.findall(r"é{1000}", uni)))
