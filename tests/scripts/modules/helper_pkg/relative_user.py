from . import sub
from .sub import sub_func


def use_relative():
    return 'relative: ' + sub_func() + ' ' + str(sub.sub_func is sub_func)
