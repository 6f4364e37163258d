class Box:
    def __init__(self):
        self.n = 0
        self.items = []
b = Box()
b.n += 5
b.n *= 3
b.items += ['a']
b.items += 'bc'
print(b.n, b.items)
d = {'x': [1], 'y': 2}
d['x'] += [2]
d['y'] **= 10
print(d)
m = [[1, 2], [3, 4]]
m[0][1] += 100
m[-1][0] -= 1
print(m)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [10, 20, 30]
arr[idx(1)] += 5
print(arr, calls)
class Logged:
    def __init__(self):
        self.data = {'k': 1}
    def __getitem__(self, key):
        print('get', key)
        return self.data[key]
    def __setitem__(self, key, val):
        print('set', key, val)
        self.data[key] = val
lg = Logged()
lg['k'] += 41
print(lg.data)
s = 'x'
for i in range(3):
    s += str(i)
print(s)
