print('helper_pkg.sub loading')


def sub_func():
    return 'sub_func result'
