def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5]), []], 6])))
def pipeline():
    def read():
        for line in ['a 1', 'b 2', '# c', 'd 4']:
            yield line
    def parse(lines):
        for l in lines:
            if not l.startswith('#'):
                k, v = l.split()
                yield k, int(v)
    def double(pairs):
        for k, v in pairs:
            yield k, v * 2
    return dict(double(parse(read())))
print(pipeline())
def outer():
    for i in range(3):
        def inner():
            for j in range(i):
                yield (i, j)
        yield list(inner())
print(list(outer()))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], range(10, 14))))
def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [seq[i]] + rest
print([''.join(p) for p in permutations('abc')])
