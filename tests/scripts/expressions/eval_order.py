log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
def show():
    print(log)
    log.clear()
v('a', 1) + v('b', 2) * v('c', 3)
show()
x = {v('k1'): v('v1'), v('k2'): v('v2')}
show()
[v('l1'), v('l2')][0]
show()
d = {}
d[v('key')] = v('value')
show()
v('f', lambda *a, **k: None)(v('arg1'), v('arg2'), kw=v('kwarg'))
show()
a, b = v('r1'), v('r2')
show()
lst = [0, 0, 0]
lst[v('i', 1)] = lst[v('j', 2)] = v('val', 7)
show()
print(lst)
v('c1', 1) < v('c2', 2) < v('c3', 0)
show()
v('t', True) if v('cond', False) else v('e', 'E')
show()
v('x', 0) or v('y', 0) or v('z', 0)
show()
f'{v("fa")}{v("fb")}'
show()
(v('p1', 1), *[v('p2', 2)], v('p3', 3))
show()
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
