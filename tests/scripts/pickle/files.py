# dump/load with file objects: io.BytesIO and a real file on disk.
import io
import os
import pickle

data = {'name': 'job', 'args': (1, 2.5, [3, 4]), 'blob': b'\x00' * 100}

buf = io.BytesIO()
pickle.dump(data, buf)
print(buf.tell() > 0)
buf.seek(0)
print(pickle.load(buf) == data)

# Several pickles in one stream are read back one at a time.
buf = io.BytesIO()
for item in ([1], 'two', {'three': 3}, None, 10**40):
    pickle.dump(item, buf)
buf.seek(0)
items = []
while True:
    try:
        items.append(pickle.load(buf))
    except EOFError:
        break
print(items)

# The stream position ends right after each pickle.
buf = io.BytesIO()
pickle.dump('first', buf)
end_of_first = buf.tell()
pickle.dump('second', buf)
buf.seek(0)
pickle.load(buf)
print(buf.tell() == end_of_first, pickle.load(buf))

# dumps output can be written by hand and read with load.
buf = io.BytesIO(pickle.dumps([1, 2, 3]) + b'trailing junk')
print(pickle.load(buf), buf.read())
print(pickle.loads(pickle.dumps('x') + b'ignored'))

# Keyword arguments.
buf = io.BytesIO()
pickle.dump(obj=[5], file=buf, protocol=2)
buf.seek(0)
print(pickle.load(file=buf, encoding='latin1', errors='strict', fix_imports=False))
print(pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL, fix_imports=False), encoding='bytes') == data)

# A real file.
path = 'pickle_files_test_%d.tmp' % os.getpid()
try:
    with open(path, 'wb') as f:
        pickle.dump(data, f)
        pickle.dump([data, data], f)
        p = pickle.Pickler(f, protocol=3)
        p.dump('via Pickler')
    with open(path, 'rb') as f:
        first = pickle.load(f)
        second = pickle.load(f)
        third = pickle.Unpickler(f).load()
        rest = f.read()
    print(first == data, second[0] is second[1], second[0] == data, third, rest)
    # A truncated file.
    with open(path, 'rb') as f:
        whole = f.read()
    with open(path, 'wb') as f:
        f.write(whole[:len(whole) // 3])
    with open(path, 'rb') as f:
        try:
            pickle.load(f)
            pickle.load(f)
        except (pickle.UnpicklingError, EOFError) as e:
            print('truncated file:', type(e).__name__)
finally:
    os.remove(path)

# Writing to an object that only has write().
class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

s = Sink()
pickle.dump({'k': 'v'}, s)
print(pickle.loads(b''.join(s.chunks)))

# Reading from an object with read() and readline().
class Source:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + n] if n >= 0 else self.data[self.pos:]
        self.pos += len(chunk)
        return chunk
    def readline(self):
        return self.read()

print(pickle.load(Source(pickle.dumps(('from', 'source')))))
