import os
name = '_tmp_open_modes_test.txt'
with open(name, 'w') as f:
    f.writelines(['a\n', 'b\n', 'c\n'])
    print(f.writable(), f.readable(), f.name == name, f.mode)
with open(name, 'r+') as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write('X')
    f.seek(0)
    print(repr(f.read()))
with open(name, 'a+') as f:
    f.write('d\n')
    f.seek(0)
    print(f.read().split())
try:
    with open(name, 'x') as f:
        pass
except FileExistsError as e:
    print('FileExistsError', e.errno)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
with open(name) as f:
    try:
        f.write('no')
    except OSError as e:
        print(type(e).__name__, e)
with open(name, 'w') as f:
    print('printed to file', 42, file=f)
    print('second', end='', file=f)
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
name2 = '_tmp_open_modes_x.txt'
with open(name2, 'x') as f:
    f.write('exclusive')
with open(name2) as f:
    print(f.read())
os.remove(name2)
print(os.path.exists(name), os.path.exists(name2))
try:
    open(name, 'q')
except ValueError as e:
    print('ValueError', e)
