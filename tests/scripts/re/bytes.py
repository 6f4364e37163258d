# bytes patterns on bytes-like subjects (bytes, bytearray, array), ASCII
# rules for \w \d \s and case, and the errors for mixing str and bytes.
import array
import re

data = b"key=val; K2=\xe9\xe8; num=123\n"
print(re.findall(rb"(\w+)=(\S+);", data), re.findall(rb"[\x80-\xff]+", data), re.findall(rb"\d+", data))
print(re.search(rb"k2", data, re.I), re.sub(rb"\s", b"_", data), re.split(rb";\s*", data))
print(re.match(b"\xe9", b"\xc9", re.I), re.match(rb"\w", b"\xe9"), re.match(b".", b"\n"), re.match(b"(?s).", b"\n"))
print(re.findall(rb"(?L)\w+", b"ab\xe9"), re.compile(b"a", re.L).flags, re.compile(rb"(?a)x").flags)
ba = bytearray(b"hello world")
m = re.search(rb"o (w)", ba)
print(m, m.group(), m.group(1), type(m.group()).__name__, m.string is ba, m.span())
print(re.sub(b"o", b"0", ba), re.findall(b"l+", ba), re.split(b" ", ba))
it = re.finditer(b"o", ba)
try:
    ba.extend(b"!")
except BufferError as e:
    print("BufferError", e)
print([x.span() for x in it])
del it
ba.extend(b"!")
print(ba)
arr = array.array("b", b"abcabc")
print(re.findall(b"bc", arr), re.search(b"c", arr).span())
print(re.escape(b"a+b"), re.compile(b"x").pattern, repr(re.compile(rb"\d+", re.I)))
print(re.match(rb"(?P<n>a)(?P=n)", b"aa").groupdict(), re.sub(rb"(?P<n>a)", rb"\g<n>\g<n>", b"xa"))
for f, args in ((re.match, ("a", b"a")), (re.match, (b"a", "a")), (re.sub, (b"a", b"b", "a")),
                (re.findall, ("a", bytearray(b"a"))), (re.split, (b"a", "bab")), (re.search, (b"a", 1.5)),
                (re.compile, (bytearray(b"a"),)), (re.compile, (memoryview if False else 3.0,))):
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError", e)
print(re.sub(b"a", lambda m: bytearray(b"Z"), b"bab"), re.sub(b"a", lambda m: None, b"bab"))
