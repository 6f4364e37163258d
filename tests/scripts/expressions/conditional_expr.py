for x in (-5, 0, 5):
    print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
print((1 if True else 2), (1 if False else 2))
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print([f(i) for i in range(5)])
def side(v):
    print('side', v)
    return v
print(side('a') if side(True) else side('b'))
print(side('a') if side(0) else side('b'))
y = [1, 2] if len('ab') == 2 else None
print(y)
z = 1 + (10 if y else 20) * 2
print(z)
print('x' if [] else 'y' if {} else 'z')
print((lambda: 'l')() if callable(print) else None)
