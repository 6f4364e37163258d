import helper_mod
print(helper_mod.VALUE, helper_mod.square(7), helper_mod.__name__)
print(helper_mod.Greeter('x').greet(), helper_mod.counter())
print(helper_mod.counter(), helper_mod.counter())
import helper_mod as hm
print(hm is helper_mod, hm.counter())
from helper_mod import square, VALUE as V
print(square(3), V)
import sys
print('helper_mod' in sys.modules, sys.modules['helper_mod'] is hm)
import helper_mod
print(helper_mod.load_count)
print(sorted(n for n in dir(helper_mod) if not n.startswith('_')))
print(helper_mod.__doc__)
helper_mod.VALUE = 'patched'
from helper_mod import VALUE
print(VALUE, hm.read_value())
