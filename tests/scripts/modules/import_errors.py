try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper_mod import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import helper_raises
except ZeroDivisionError as e:
    print('ZeroDivisionError during import', e)
import sys
print('helper_raises' in sys.modules)
print(issubclass(ModuleNotFoundError, ImportError))
import math as m, os.path as osp
print(m.sqrt(4), osp.basename('a/b'))
