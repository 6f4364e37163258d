"""list_filter: the classic "filter a list of ints" comparison.

Builds a list of 10**6 ints and keeps the ones matching a predicate in three
idiomatic ways, each of which stresses a different part of the interpreter:

  * a list comprehension with an `if`   -> comprehension loop, inline test
  * filter() with a lambda              -> builtin calling back into Python
  * a for loop calling list.append      -> method lookup + call per element

All three must agree; the result line prints counts and checksums so that a
wrong filter in either interpreter shows up as an output mismatch.
"""
import random

N = 10**6


def build(n):
    # Half sequential, half pseudo-random: sequential data is the textbook
    # case, random data keeps the predicate from being trivially predictable.
    random.seed(42)
    data = list(range(n // 2))
    data.extend(random.randrange(1_000_000) for _ in range(n - n // 2))
    return data


def by_comprehension(data):
    return [x for x in data if x % 3 == 0]


def by_filter(data):
    return list(filter(lambda x: x % 3 == 0, data))


def by_loop(data):
    out = []
    for x in data:
        if x % 3 == 0:
            out.append(x)
    return out


def evens_squared(data):
    # A second predicate plus a transform, still a single comprehension.
    return [x * x for x in data if x & 1 == 0 and x > 500_000]


data = build(N)
a = by_comprehension(data)
b = by_filter(data)
c = by_loop(data)
assert a == b == c, "filter methods disagree"
d = evens_squared(data)
print(f"list_filter n={len(data)} kept={len(a)} sum={sum(a)} "
      f"evens_sq={len(d)} sum_sq={sum(d)}")
