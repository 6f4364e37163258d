# gilpy's pickle format (not CPython's): the loader is a stack machine, so a
# hand-made pickle of a 200,000-deep nested list loads without recursion.
import pickle

EMPTY_LIST, APPENDS, STOP = 0x4c, 0x4d, 0x40
depth = 200000
body = bytes([EMPTY_LIST]) * (depth + 1) + bytes([APPENDS, 1]) * depth + bytes([STOP])
data = b'gP\x01' + len(body).to_bytes(7, 'little') + body
x = pickle.loads(data)
d = 0
while x:
    x = x[0]
    d += 1
print('depth', d)

# The same data cut short, or with a count larger than the stack.
for bad in (data[:len(data) // 2], data[:-1] + bytes([APPENDS]),
            b'gP\x01' + (3).to_bytes(7, 'little') + bytes([EMPTY_LIST, APPENDS, 5])):
    try:
        pickle.loads(bad)
    except pickle.UnpicklingError as e:
        print('UnpicklingError:', e)
# An unknown version and an unknown opcode.
for bad in (b'gP\x09' + bytes(7), b'gP\x01' + (1).to_bytes(7, 'little') + b'\x01'):
    try:
        pickle.loads(bad)
    except pickle.UnpicklingError as e:
        print('UnpicklingError:', e)
