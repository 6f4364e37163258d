import os
name = '_tmp_open_text_test.txt'
with open(name, 'w') as f:
    n = f.write('line one\n')
    f.write('line two\n')
    f.write('line three')
    print('wrote', n)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip('\n')))
with open(name, 'a') as f:
    f.write('\nappended\n')
with open(name) as f:
    print(f.read().splitlines())
with open(name) as f:
    print(repr(f.read(4)), repr(f.read(5)), repr(f.readline()))
f = open(name, 'w', encoding='utf-8')
f.write('héllo 😀\n')
f.close()
with open(name, encoding='utf-8') as f:
    s = f.read()
print(s, len(s))
print(os.path.exists(name))
os.remove(name)
print(os.path.exists(name))
try:
    open('_definitely_missing_file_.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
