import os
name = '_tmp_open_binary_test.bin'
data = bytes(range(256))
with open(name, 'wb') as f:
    print(f.write(data))
    f.write(b'\r\n\x00end')
with open(name, 'rb') as f:
    content = f.read()
print(len(content), content[:5], content[-6:], type(content).__name__)
with open(name, 'rb') as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(250)
    print(f.read(4), f.tell())
with open(name, 'wb') as f:
    f.write(b'line1\nline2\r\nline3')
with open(name, 'rb') as f:
    print(f.readlines())
with open(name, 'r', newline='') as f:
    print([repr(l) for l in f])
with open(name) as f:
    print(repr(f.read()))
with open(name, 'rb') as f:
    for chunk in iter(lambda: f.read(6), b''):
        print(chunk)
os.remove(name)
print(os.path.exists(name))
try:
    with open(name, 'rb') as f:
        pass
except OSError as e:
    print(type(e).__name__, e.errno)
