import copy
shared = [1, 2]
orig = {'a': shared, 'b': shared, 'c': [shared, {'d': 3}]}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
print(sh == orig, sh is orig, sh['a'] is orig['a'], dp == orig, dp['a'] is orig['a'])
print(dp['a'] is dp['b'], dp['c'][0] is dp['a'])
dp['a'].append(3)
print(dp['b'], orig['a'])
lst = [[1], [2]]
c1 = copy.copy(lst)
c1[0].append('shallow')
print(lst)
c2 = copy.deepcopy(lst)
c2[0].append('deep')
print(lst, c2)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n.children.append(n)
m = copy.deepcopy(n)
print(m is n, m.v, m.children[0].v, m.children[1] is m, m.children[0] is n.children[0])
s = copy.copy(n)
print(s is n, s.children is n.children)
class Custom:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        print('custom copy')
        return Custom(self.x)
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return Custom(copy.deepcopy(self.x, memo))
c = Custom([1])
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
print(c3.x is c.x, c4.x is c.x, c4.x)
print(copy.copy(5), copy.deepcopy('s'), copy.copy({1, 2}) == {1, 2})
