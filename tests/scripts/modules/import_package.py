import helper_pkg
print(helper_pkg.PKG_NAME, helper_pkg.__name__)
from helper_pkg import sub
print(sub.sub_func(), sub.__name__)
import helper_pkg.sub as s2
print(s2 is sub)
from helper_pkg.sub import sub_func as sf
print(sf())
from helper_pkg import relative_user
print(relative_user.use_relative())
import sys
print(sorted(k for k in sys.modules if k.startswith('helper_pkg')))
