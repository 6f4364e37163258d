"""generators: lazy pipelines built from generators.

Measures generator creation, suspend/resume on every `yield` (gilpy runs
generators on fibers, so this is its context-switch cost), chained
generators feeding each other, `yield from` delegation, generator
expressions and builtins consuming generators (sum, max, any).
"""


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def take_multiples(source, k):
    for x in source:
        if x % k == 0:
            yield x


def scale(source, factor):
    for x in source:
        yield x * factor


def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total


def chunks(source, size):
    # Group a stream into lists of `size` items (last one may be short).
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def collatz_length(n):
    # Steps for n >= 1 to reach 1 (n must be positive or this never ends).
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


N = 700_000

# 1. A four-stage pipeline; only the final consumer pulls values through.
pipeline_last = 0
for pipeline_last in running_total(scale(take_multiples(naturals(N), 3), 2)):
    pass

# 2. sum() over a generator expression over a generator.
sum_squares = sum(x * x for x in naturals(N) if x & 1)

# 3. Chunking and aggregating a stream.
chunk_maxes = sum(max(c) for c in chunks(naturals(N), 7))

# 4. Recursive delegation with `yield from` over a nested structure.
nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(0, N // 4, 4)]
flat_sum = sum(flatten(nested))

# 5. Short-circuiting consumers stop generators early.
# naturals() starts at 0, so shift by one to stay in collatz's domain.
first_long = next(n for n in (m + 1 for m in naturals(N)) if collatz_length(n) > 200)
found = any(collatz_length(n + 1) > 250 for n in naturals(N))
longest = max((collatz_length(n), n) for n in range(1, 3000))

print(f"generators last={pipeline_last} squares={sum_squares} chunks={chunk_maxes} "
      f"flat={flat_sum} first_long={first_long} found={found} longest={longest}")
