def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('RecursionError', e)
class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()
try:
    Node().length()
except RecursionError as e:
    print('RecursionError', e)
def g(n):
    try:
        return g(n + 1)
    except ZeroDivisionError:
        return 0
try:
    g(0)
except RecursionError as e:
    print('RecursionError through try', e)
def count_depth():
    n = 0
    def inner():
        nonlocal n
        n += 1
        inner()
    try:
        inner()
    except RecursionError:
        pass
    return n
d = count_depth()
print(900 < d < 1001)
print('recovered', f.__name__)
for i in range(3):
    try:
        f(0)
    except RecursionError:
        print('again', i)
