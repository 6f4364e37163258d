def search(seq, t):
    i = 0
    while i < len(seq):
        if seq[i] == t:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
        return -1
    return i
print(search([5, 6, 7], 6))
print(search([5, 6, 7], 9))
print(search([], 1))
def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, c):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes(40))
def loop_return():
    for i in range(5):
        if i == 2:
            return i
    else:
        return 'else'
print(loop_return())
