def gen_func():
    yield 1
print(type(gen_func).__name__, type(gen_func()).__name__)
def returns_none():
    return
def implicit():
    pass
print(returns_none(), implicit())
def multi_return(flag):
    if flag:
        return 1, 2
    return [3]
print(multi_return(True), multi_return(False))
def early(x):
    for i in range(10):
        if i == x:
            return 'hit %d' % i
    return 'miss'
print(early(3), early(20))
def nested_def(n):
    def helper(k):
        return k * n
    return [helper(i) for i in range(3)]
print(nested_def(5))
def redefined():
    return 1
def redefined():
    return 2
print(redefined())
def conditional_def(flag):
    if flag:
        def inner():
            return 'A'
    else:
        def inner():
            return 'B'
    return inner()
print(conditional_def(True), conditional_def(False))
