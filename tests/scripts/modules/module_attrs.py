import math, helper_mod, sys
print(type(math).__name__, math.__name__, helper_mod.__name__, sys.__name__)
print(hasattr(math, 'sqrt'), hasattr(math, 'nope'), getattr(math, 'pi'), callable(math.floor))
helper_mod.new_attr = 'set from outside'
print(helper_mod.new_attr, helper_mod.get_new_attr())
setattr(helper_mod, 'dynamic', 5)
print(helper_mod.dynamic, 'dynamic' in vars(helper_mod))
del helper_mod.dynamic
print(hasattr(helper_mod, 'dynamic'))
print(isinstance(vars(math), dict), '__name__' in vars(helper_mod))
try:
    math.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    helper_mod.missing_thing
except AttributeError as e:
    print('AttributeError', e)
print(__name__, __doc__, type(__builtins__).__name__ in ('module', 'dict'))
print(__spec__ is None if False else 'ok', isinstance(__file__, str))
