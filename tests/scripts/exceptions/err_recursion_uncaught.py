def recurse(n):
    return recurse(n + 1)
print('start')
recurse(0)
