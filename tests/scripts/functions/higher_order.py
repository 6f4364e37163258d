def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, 'four'), apply(lambda: 'none'))
def twice(f):
    return lambda x: f(f(x))
print(twice(lambda x: x * 3)(2), twice(twice(lambda s: s + '!'))('hey'))
ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b}
print({k: v(10, 3) for k, v in ops.items()})
print(list(map(str.upper, ['a', 'b'])), list(map(pow, [2, 3], [3, 2])))
print(sorted(['Banana', 'apple', 'cherry'], key=str.lower))
def pipeline(data, *funcs):
    for f in funcs:
        data = f(data)
    return data
print(pipeline(range(10), lambda d: filter(lambda x: x % 2, d), lambda d: map(lambda x: x * x, d), list))
fns = [abs, str, bool, float]
print([f(-1) for f in fns])
print(getattr('abc', 'upper')(), (lambda *a: a)(*'xy'))
