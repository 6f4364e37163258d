x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
a = [0, 1, 2, 3, 4, 5]
del a[1], a[-1]
print(a)
del a[1:3]
print(a)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
class O:
    cls_attr = 'c'
o = O()
o.attr = 1
o.other = 2
del o.attr
print(vars(o), hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print('AttributeError', e)
del O.cls_attr
print(hasattr(O, 'cls_attr'))
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print('NameError', e)
lst = [[1, 2], [3, 4]]
del lst[0][0]
print(lst)
(r, s) = 3, 4
del (r, s)
print('r' in globals())
