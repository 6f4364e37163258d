import functools
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(a, b)
words = ['ccc', 'a', 'bb', 'aa', 'b']
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(max([3, 1, 2], key=functools.cmp_to_key(cmp)))
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version('2.0'), Version('1.10'), Version('1.2')]))
print(max(Version('0.9'), Version('0.10')))
@functools.total_ordering
class Ge:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Ge(1) < Ge(2), Ge(1) > Ge(2), Ge(2) <= Ge(2))
