print([c for c in 'str'], [b for b in b'by'], [t for t in (1, 2)])
print([k for k in {'z': 1, 'a': 2}], [v for v in {'z': 1, 'a': 2}.values()])
print([r for r in range(10, 0, -3)], [e for e in enumerate('ab')])
print([z for z in zip('ab', 'cd', 'ef')], [m for m in map(abs, [-1, -2])])
print([x for x in reversed([1, 2, 3])], [x for x in sorted('cba')])
print([x for x in filter(None, [0, 1, '', 'a', None, [], [0]])])
print([x for x in iter([5, 6])], [x for x in (y * 2 for y in range(3))])
d = {'a': [1, 2], 'b': [3]}
print([(k, v) for k, vs in d.items() for v in vs])
print([line for line in 'l1\nl2\n\nl4'.splitlines() if line])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print([x for x in Countdown(4)], {x for x in Countdown(2)})
