# Objects that cannot be pickled, bad arguments, and bad input to loads.
import io
import pickle
import sys
import threading

def gen():
    yield 1

def dump_error(obj):
    try:
        pickle.dumps(obj)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('no error for', type(obj).__name__)

dump_error(gen())
dump_error((x for x in range(3)))
dump_error(threading.Lock())
dump_error(sys)
dump_error([1, 2, {'deep': [gen()]}])
dump_error(open(__file__))

class HoldsGen:
    def __init__(self):
        self.g = gen()

dump_error(HoldsGen())

# Protocol and argument checks.
for proto in (6, 100):
    try:
        pickle.dumps(1, protocol=proto)
    except ValueError as e:
        print('ValueError:', e)
for proto in (0, 1, 2, 3, 4, 5, -1, -5, None):
    print(proto, pickle.loads(pickle.dumps([proto], protocol=proto)))
try:
    pickle.dumps(1, protocol=4, buffer_callback=print)
except ValueError as e:
    print('ValueError:', e)
print(pickle.loads(pickle.dumps('cb', protocol=5, buffer_callback=print)))
try:
    pickle.dumps(1, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    pickle.loads('not bytes')
except TypeError as e:
    print('TypeError:', e)
try:
    pickle.dump(1, 'not a file')
except TypeError as e:
    print('TypeError:', e)
try:
    pickle.load(42)
except TypeError as e:
    print('TypeError:', e)
try:
    pickle.Pickler(None)
except TypeError as e:
    print('TypeError:', e)
try:
    pickle.Unpickler(object())
except TypeError as e:
    print('TypeError:', e)

# Empty input.
try:
    pickle.loads(b'')
except EOFError as e:
    print('EOFError:', e)
try:
    pickle.load(io.BytesIO())
except EOFError as e:
    print('EOFError:', e)

# Truncated pickles: every prefix fails cleanly.
sample = {'list': [1, 2.5, 'three', b'four', None, True], 'tuple': (10**30, -7), 'set': {1, 2},
          'nested': [[[]]], 'exc': KeyError('k')}
data = pickle.dumps(sample)
bad = 0
for i in range(len(data)):
    try:
        pickle.loads(data[:i])
    except (pickle.UnpicklingError, EOFError):
        pass
    except Exception as e:
        bad += 1
        print('unexpected', type(e).__name__, e)
    else:
        bad += 1
print('truncations rejected', bad == 0)

# Garbage.
for junk in (b'hello', b'\x00\x01\x02', b'garbage data that is not a pickle', bytes(range(200, 256))):
    try:
        pickle.loads(junk)
    except pickle.UnpicklingError:
        print('UnpicklingError for', junk[:8])
    except Exception as e:
        print('other error', type(e).__name__)
