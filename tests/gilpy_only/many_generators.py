# 50,000 live, suspended generators (each started, so each holds its own
# fiber stack in gilpy), resumed, then all closed: close() runs every
# generator's finally block; then as many again reuse the stacks.
N = 50000
finalised = 0


def counter(i):
    global finalised
    total = i
    try:
        while True:
            total += yield total
    finally:
        finalised += 1


gens = [counter(i) for i in range(N)]
print(sum(next(g) for g in gens) == N * (N - 1) // 2)
print(sum(g.send(1) for g in gens) == N * (N - 1) // 2 + N)
print(finalised)
for g in gens:
    g.close()
print(finalised)
stopped = 0
for g in gens:
    try:
        next(g)
    except StopIteration:
        stopped += 1
print(stopped)

# Another round: stacks freed by close() are reused.
again = [counter(i) for i in range(N)]
print(sum(next(g) for g in again) == N * (N - 1) // 2)
del again                    # dropping suspended generators closes them too
print(finalised == 2 * N)
print("done")
