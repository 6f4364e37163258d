# Generators nested 3000 deep by recursion: each one runs on its own fiber
# stack in gilpy. The recursion limit (1000) stops them with RecursionError,
# never a crash, and the program carries on (generators still work).
import sys


def nested_yield_from(n):
    if n == 0:
        yield "bottom"
        return
    yield from nested_yield_from(n - 1)


def nested_for(n):
    if n == 0:
        yield 0
    else:
        for x in nested_for(n - 1):
            yield x + 1


print(sys.getrecursionlimit())
for name, make in [("yield from", nested_yield_from), ("for loop", nested_for)]:
    try:
        print(name, list(make(3000)))
    except RecursionError as e:
        print(name, "RecursionError:", e)

# Shallow nesting still works afterwards, as do fresh generators.
print(list(nested_yield_from(200)), next(nested_for(200)))
squares = (i * i for i in range(5))
print(sum(squares))


# A recursive generator that catches the error itself and yields on.
def careful(n):
    try:
        yield from careful(n + 1)
    except RecursionError:
        yield n


depth = next(careful(0))
print(0 < depth < 1000)
print("done")
