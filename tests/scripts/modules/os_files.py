import os
d = '_tmp_os_files_dir'
os.mkdir(d)
for name in ['b.txt', 'a.txt', 'c.log']:
    with open(os.path.join(d, name), 'w') as f:
        f.write(name * 2)
os.mkdir(os.path.join(d, 'sub'))
print(sorted(os.listdir(d)))
print(sorted(n for n in os.listdir(d) if n.endswith('.txt')))
print(os.path.isdir(os.path.join(d, 'sub')), os.path.isfile(os.path.join(d, 'a.txt')), os.path.getsize(os.path.join(d, 'a.txt')))
os.rename(os.path.join(d, 'c.log'), os.path.join(d, 'c.txt'))
print(sorted(os.listdir(d)))
try:
    os.mkdir(d)
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    os.remove(os.path.join(d, 'nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)
entries = []
for root, dirs, files in os.walk(d):
    entries.append((os.path.relpath(root, d), sorted(dirs), sorted(files)))
print(sorted(entries))
for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isdir(p):
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
os.makedirs(os.path.join(d, 'x', 'y'))
print(os.path.isdir(os.path.join(d, 'x', 'y')))
os.removedirs(os.path.join(d, 'x', 'y'))
print(os.path.exists(d))
