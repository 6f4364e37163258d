def multiple():
    return 1, 'two', [3]
a, b, c = multiple()
print(a, b, c, multiple())
def none_paths(x):
    if x > 0:
        return x
print(none_paths(1), none_paths(-1))
def in_loop():
    for i in range(10):
        while True:
            return i
print(in_loop())
def in_try():
    try:
        return 'try'
    finally:
        print('finally runs')
print(in_try())
def returns_func():
    return returns_func
print(returns_func()()() is returns_func)
def tuple_ret():
    return (1,)
print(tuple_ret(), type(tuple_ret()).__name__)
def star_ret():
    rest = [2, 3]
    return 1, *rest
print(star_ret())
