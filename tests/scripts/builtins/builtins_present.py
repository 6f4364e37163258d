import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr',
         'classmethod', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'filter',
         'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id',
         'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max',
         'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'range', 'repr',
         'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum',
         'super', 'tuple', 'type', 'vars', 'zip', '__import__', 'Exception', 'ValueError',
         'NotImplemented', 'Ellipsis', 'None', 'True', 'False']
print([n for n in names if not hasattr(builtins, n)])
print(builtins.len('abc'), builtins.True_ if hasattr(builtins, 'True_') else True)
print(builtins.__name__, type(builtins).__name__)
import sys
print('builtins' in sys.modules, sys.modules['builtins'] is builtins)
original = builtins.len
builtins.my_custom_builtin = lambda: 'visible everywhere'
print(my_custom_builtin())
del builtins.my_custom_builtin
try:
    my_custom_builtin()
except NameError as e:
    print('NameError', e)
print(__import__('math').sqrt(16.0))
