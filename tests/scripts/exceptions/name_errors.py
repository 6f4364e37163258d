def f():
    return undefined_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    print(x_local)
    x_local = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
except NameError as e:
    print('wrong', e)
def h():
    def inner():
        return free_var
    r = inner
    del_me = 1
    return r
try:
    h()()
except NameError as e:
    print(type(e).__name__, e)
def closure_unbound():
    def inner():
        return v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    v = 1
print(closure_unbound())
try:
    prnt('typo')
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, 'name') else '')
try:
    exec('del zzz')
except NameError as e:
    print(type(e).__name__, e)
class C:
    def m(self):
        return attr_not_global
try:
    C().m()
except NameError as e:
    print(type(e).__name__, e)
