class Tree:
    def __init__(self, val, *kids):
        self.val = val
        self.kids = kids
    def __iter__(self):
        yield self.val
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.val
        for k in self.kids:
            yield from k.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), sum(t), 5 in t, 7 in t)
print(list(t.depth_first()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(4)
print(list(c), list(reversed(c)), list(zip(c, c)))
class Lines:
    def __init__(self, text):
        self.text = text
    def words(self):
        for line in self.text.splitlines():
            yield from line.split()
print(list(Lines('a b\nc\n\nd e f').words()))
