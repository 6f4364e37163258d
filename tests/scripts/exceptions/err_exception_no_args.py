def f():
    raise NotImplementedError
print('calling')
f()
