# Edges of the word-at-a-time scans and the allocation paths: a letter to
# recase or a separator at every position of a chunk, characters just
# outside the ASCII letter ranges, control bytes beside whitespace, long
# strings, and code point counts of mixed ASCII / non-ASCII text.
out = []
for n in range(1, 21):
    for k in range(n):
        s = 'a' * k + 'B' + 'c' * (n - k - 1)
        out.append(s.lower() + '|' + s.upper() + '|' + s.swapcase() + '|' + s.casefold())
print(len(out), out[::37])
edge = '@[`{\x7f AZaz09_'
print(repr(edge.lower()), repr(edge.upper()), repr((edge * 3).lower()), repr((edge * 3).upper()))

parts = []
for n in range(1, 19):
    for k in range(n):
        s = 'x' * k + ' ' + 'y' * (n - k - 1)
        parts.append(s.split())
        t = 'w' * k + '\x01\x1b\x0e\x08 ' + 'v' * (n - k)
        parts.append(t.split())
print(len(parts), parts[::29])
ctl = ''.join(chr(c) for c in range(0x21))
print([w for w in ('a' + ctl + 'b' + ctl[::-1] + 'c').split()], ('a' + ctl + 'b').split(None, 1))
print('\x00a\x00'.split(), 'a\x1fb\x1ec\x1dd\x1ce'.split(), 'a\x85b\xa0c'.split(), 'é é'.split())

big = 'Word ' * 1200
low = big.lower()
print(len(low), low[:12], low.count('word'), big.upper()[-6:], len(big.split()), len(big.strip()))
long_word = 'Q' * 5000
print(len(long_word.lower()), long_word.lower()[:3], long_word.replace('Q', 'qq', 4000).count('qq'))
print(len(' '.join([long_word] * 3)), len((long_word + ' x ' + long_word).split()[0]))
print(len(('é' * 3000).upper()), ('é' * 3000).upper()[:2], len('ß' * 2000 + 'x'), ('ß' * 2000).upper()[:4])

for k in range(12):
    for m in (0, 1, 3, 4, 7, 8, 9, 17):
        s = 'é' * k + 'a' * m + '日' + 'b' * (k % 3)
        t = s.replace('a', 'aa') + s.upper() + '€'
        assert len(s) == k + m + 1 + k % 3, (k, m)
        assert len(t) == len(s) + m + len(s) + 1, (k, m)
print('lengths ok', len('é€日😀a'), len('x' * 9 + '😀'), len(f'{"é" * 5}{"a" * 9}{"😀"}'))

class S(str):
    pass

print(type(S('ab').replace('a', 'c')).__name__, type(''.join([S('a')])).__name__,
      type(''.join([S('a'), 'b'])).__name__, type(S('a b').split()[0]).__name__)
print(''.join(x for x in 'abc'), ','.join(iter(['x', 'y'])), '-'.join({'k': 1}), ' '.join(('é', 'ü')))
try:
    ''.join(x for x in ['a', 1])
except TypeError as e:
    print('TypeError', e)
