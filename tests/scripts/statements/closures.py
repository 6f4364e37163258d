def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs
print([f(10) for f in adders()])
def adders_fixed():
    fs = []
    for i in range(3):
        def mk(i):
            return lambda x: x + i
        fs.append(mk(i))
    return fs
print([f(10) for f in adders_fixed()])
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_acc()
acc(1)
print(acc(2))
def cell_after():
    def get():
        return late
    late = 'assigned later'
    return get
print(cell_after()())
def pair():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = pair()
put(42)
print(get())
print(c1.__closure__ is not None, len(c1.__closure__), c1.__closure__[0].cell_contents)
