# linecache: getline / getlines / clearcache / checkcache / updatecache.
import linecache
import os

name = "linecache_basic.tmp"
with open(name, "w") as f:
    f.write("first line\n    second line\nthird without newline")

print(repr(linecache.getline(name, 1)))
print(repr(linecache.getline(name, 2)))
print(repr(linecache.getline(name, 3)))
print(repr(linecache.getline(name, 4)), repr(linecache.getline(name, 0)), repr(linecache.getline(name, -1)))
print(linecache.getlines(name))
print(name in linecache.cache)

# The cache keeps the old lines until checkcache sees the file changed.
with open(name, "w") as f:
    f.write("replaced\n")
print(repr(linecache.getline(name, 1)))
linecache.checkcache(name)
print(repr(linecache.getline(name, 1)))

os.remove(name)
print(repr(linecache.getline(name, 1)))
linecache.checkcache()
print(name in linecache.cache, repr(linecache.getline(name, 1)))

print(repr(linecache.getline("no_such_file.py", 1)))
print(repr(linecache.getline("<string>", 1)))
print(repr(linecache.getline("", 1)))
print(repr(linecache.getline(__file__, 1)))
print(linecache.updatecache("<stdin>"))
linecache.clearcache()
print(linecache.cache)
