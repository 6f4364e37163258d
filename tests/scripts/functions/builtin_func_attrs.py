print(len.__name__, print.__name__, type(len).__name__)
print(abs.__qualname__, callable(len), callable('x'))
print([].append.__name__, type([].append).__name__)
print(str.upper.__name__, str.upper('q'))
print(dict.fromkeys.__name__, int.from_bytes.__qualname__)
import math
print(math.sqrt.__name__, math.sqrt.__module__)
print(len.__module__, isinstance(len, type(print)))
