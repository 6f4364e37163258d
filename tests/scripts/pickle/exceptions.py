# Exceptions: class by name, args and extra attributes.
import pickle

def rt(x):
    return pickle.loads(pickle.dumps(x))

for exc in [ValueError('bad value'), KeyError('missing'), KeyError(('a', 1)), IndexError(),
            TypeError('t', 2, None), ZeroDivisionError('division by zero'), RuntimeError(),
            StopIteration(42), StopIteration(), AttributeError('attr'), NotImplementedError('todo'),
            OSError(1000, 'Unusual error'), FileNotFoundError(2, 'gone', 'f.txt'),
            PermissionError(13, 'Permission denied'), Exception('a', 'b', 'c'), RecursionError('deep'),
            SystemExit(3), KeyboardInterrupt(), ImportError('no module'), UnicodeError('u'),
            LookupError('l'), ArithmeticError(), TimeoutError('slow'), EOFError('eof')]:
    r = rt(exc)
    print(type(r).__name__, repr(r.args), str(r) == str(exc))

e = rt(StopIteration(42))
print('StopIteration.value', e.value)
e = rt(OSError(1000, 'Unusual error'))
print('OSError', e.errno, e.strerror)
e = rt(FileNotFoundError(2, 'gone', 'f.txt'))
print('FileNotFoundError', e.errno, e.strerror, e.filename, str(e))
e = rt(SystemExit(3))
print('SystemExit.code', e.code)

# A custom exception with extra attributes.
class TaskError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

err = TaskError('task failed')
err.code = 7
err.details = {'worker': 3}
r = rt(err)
print(type(r).__name__, r.args, r.code, r.details, str(r))

class WithTwoArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
        self.b = b

r = rt(WithTwoArgs(1, [2]))
print(r.args, r.a, r.b)

# Raising a round-tripped exception works.
try:
    raise rt(ValueError('raised after loads'))
except ValueError as exc:
    print('caught', exc)

# Exceptions inside containers and shared.
shared = KeyError('k')
r = rt([shared, shared, {'e': shared}])
print(r[0] is r[1], r[2]['e'] is r[0], repr(r[0]))

# The module's exception classes.
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(issubclass(pickle.PickleError, Exception), pickle.PickleError.__mro__[1:])
print(pickle.PicklingError.__name__, pickle.UnpicklingError.__name__)
try:
    raise pickle.PicklingError('custom')
except pickle.PickleError as exc:
    print('caught as PickleError:', type(exc).__name__, exc)
# The exception classes pickle too.
print(rt(pickle.PicklingError) is pickle.PicklingError)
