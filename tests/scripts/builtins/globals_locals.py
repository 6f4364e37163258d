gvar = 'g'
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('gvar' in globals(), globals()['gvar'], '__name__' in globals(), globals()['__name__'])
globals()['injected'] = 'via globals'
print(injected)
def g():
    return 'gvar' in locals(), 'gvar' in globals()
print(g())
class K:
    x = 1
    keys = sorted(k for k in locals() if not k.startswith('__'))
print(K.keys)
print(type(globals()).__name__, type(locals()).__name__)
