import struct

print(struct.calcsize("i"), struct.calcsize("@id"), struct.calcsize("@di"), struct.calcsize("<id"), struct.calcsize("!hhl"))
print(struct.calcsize("@bq"), struct.calcsize("=bq"), struct.calcsize("3s2xH"), struct.calcsize("P"))
print(struct.pack("<i", -2), struct.pack(">I", 258), struct.pack("!h", -1), struct.pack("<q", 2**40))
print(struct.pack("<d", 1.5), struct.pack(">f", -0.25), struct.pack("<?", 3), struct.pack("c", b"z"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("5p", b"abc"))
print(struct.unpack("<iH", b"\x01\x00\x00\x00\xff\xff"), struct.unpack(">d", struct.pack(">d", 3.25)))
print(struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("@id", struct.pack("@id", 7, 2.5)))
print(struct.unpack("4s?c", b"abcd\x01Z"))
print(struct.unpack("5p", struct.pack("5p", b"hello world")))
s = struct.Struct("<hhd")
print(s.size, s.format, s.pack(1, -1, 0.5), s.unpack(s.pack(1, -1, 0.5)))
buf = bytearray(20)
s.pack_into(buf, 4, 3, 4, 1.0)
print(bytes(buf), s.unpack_from(buf, 4))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
print(struct.pack("<3B", 1, 2, 3), struct.unpack("<3B", b"\x01\x02\x03"))
print(struct.pack(b"<i", 5))
for fmt, v in [("b", 200), ("B", -1), ("<h", 70000), ("H", -1), ("<i", 2**40), ("<I", -1),
               ("I", 2**40), ("<q", 2**70), ("Q", -1), ("<l", 2**40)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, "->", e)
for fmt, v in [("i", "x"), ("d", "x"), ("c", b"ab"), ("s", "str")]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, "->", e)
for call in [lambda: struct.pack("<ii", 1), lambda: struct.unpack("<i", b"\x00"),
             lambda: struct.calcsize("<y"), lambda: struct.calcsize("<3"),
             lambda: struct.unpack_from("<i", b"\x00\x00", 1)]:
    try:
        call()
    except struct.error as e:
        print("error:", e)
