print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord('A'), ord('a'), ord('€'), ord('😀'), ord('\x00'), ord(b'A'), ord(bytearray(b'z')))
print([chr(i) for i in range(ord('a'), ord('f'))])
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(8), oct(-8), bin(0), bin(10), bin(-10))
print(hex(True), bin(2 ** 70)[:10], oct(511))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), [0, 1, 2, 3][Idx() - 40] if False else 'x', range(Idx())[-1])
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(''), lambda: ord('ab'), lambda: hex(1.5), lambda: chr('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
