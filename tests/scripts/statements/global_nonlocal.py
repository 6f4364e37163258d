counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global newname
    newname = 'created'
make_global()
print(newname)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def a():
    v = 'a'
    def b():
        v = 'b'
        def c():
            nonlocal v
            v = 'c'
        c()
        return v
    return b(), v
print(a())
g = 'module'
def shadow():
    g = 'local'
    return g
print(shadow(), g)
def reads_global():
    return counter * 100
print(reads_global())
def two_level():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 1
        inner(); inner()
    mid()
    return n
print(two_level())
