# json.dump / json.load with file objects.
import io
import json
import os

data = {'name': 'test', 'values': [1, 2.5, None, True], 'nested': {'k': 'v\xe9'}}

f = io.StringIO()
json.dump(data, f)
print(f.getvalue())
f.seek(0)
print(json.load(f) == data)

f = io.StringIO()
json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
print(f.getvalue())
f.seek(0)
print(json.load(f, object_pairs_hook=list))


class Recorder:
    # A minimal .write() object: sees every chunk.
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


r = Recorder()
json.dump([1, {'a': [2, 3]}, 'x'], r)
print(r.chunks)
r = Recorder()
json.dump({'a': [1, 2]}, r, indent=1)
print(r.chunks)
r = Recorder()
json.dump('plain', r)
print(r.chunks)


class Reader:
    def read(self):
        return '{"from": "reader", "n": [1, 2]}'


print(json.load(Reader()))
print(json.load(io.BytesIO(b'{"bytes": true}')))
print(json.load(io.StringIO('[1, 2]'), parse_int=lambda s: int(s) * 10))

# A real file in the script's folder.
path = 'tmp_json_files_test.json'
try:
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, indent='\t')
    with open(path, encoding='utf-8') as fh:
        print(repr(fh.read()))
    with open(path, encoding='utf-8') as fh:
        print(json.load(fh) == data)
    with open(path, 'rb') as fh:
        print(json.load(fh) == data)
finally:
    os.remove(path)

# Errors from load report positions in the whole document.
try:
    json.load(io.StringIO('{\n  "a": 1,\n  "b": ]\n}'))
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno)
