from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, dict(od2) == dict(od3), od2 == {'y': 2, 'x': 1})
print(OrderedDict.fromkeys('abc', 0), OrderedDict())
od2.update(z=3)
od2['x'] = 100
print(od2, list(reversed(od2)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od2.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)
print(od2.setdefault('w', 0), od2.pop('y'), od2)
