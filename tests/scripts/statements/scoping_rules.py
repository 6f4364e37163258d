x = 'global'
def f():
    print(x)
f()
def g():
    x = 'local'
    def h():
        print(x)
    h()
g()
def k():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
k()
class C:
    x = 'class'
    def m(self):
        return x
    y = x + '-derived'
print(C().m(), C.y)
def outer():
    v = 1
    class Inner:
        v = 2
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(outer())
for loop_var in range(3):
    pass
print(loop_var)
print([loop_var for loop_var in 'ab'], loop_var)
def uses_builtin():
    return len('abc')
len_saved = len
def shadow_builtin():
    len = lambda s: -1
    return len('abc')
print(uses_builtin(), shadow_builtin(), len('ab'))
import builtins
print(builtins.len is len_saved)
