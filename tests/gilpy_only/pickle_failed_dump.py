# A failed Pickler.dump() forgets what it memoized, so later dumps on the
# same Pickler still load (CPython 3.11 keeps those memo entries, and the
# next load fails with "Memo value not found").
import io
import pickle

# A failed dump does not spoil the Pickler: later dumps still load.
class Boom:
    def __reduce__(self):
        raise RuntimeError('boom')

keep = ['kept']
buf = io.BytesIO()
p = pickle.Pickler(buf)
p.dump(keep)
try:
    p.dump([['fresh list'], Boom()])
except RuntimeError as e:
    print('RuntimeError:', e)
fresh = ['another']
p.dump([fresh, fresh, keep])
buf.seek(0)
u = pickle.Unpickler(buf)
first = u.load()
second = u.load()
print(first, second, second[0] is second[1], second[2] is first)
