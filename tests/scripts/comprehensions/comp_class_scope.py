class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    pairs = {v: str(v) for v in values}
    total = sum(v for v in values)
print(C.doubled, C.pairs, C.total)
class D:
    data = 'abc'
    upper = [c.upper() for c in data]
    def method(self):
        return [x + self.suffix for x in self.data]
    suffix = '!'
print(D.upper, D().method())
