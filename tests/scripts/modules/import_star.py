from helper_star import *
print(public_func(), PUBLIC_CONST)
print('_private' in dir(), 'not_exported' in dir(), 'public_func' in dir())
try:
    not_exported()
except NameError as e:
    print('NameError', e)
import helper_star
print(helper_star.not_exported(), helper_star._private)
print(sorted(helper_star.__all__))
