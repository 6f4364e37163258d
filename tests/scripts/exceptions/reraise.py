def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('re-raised', e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    g()
except ZeroDivisionError as e:
    print('stored and raised', e)
def h():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    h()
except KeyError as e:
    print('bare raise after inner handled ->', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def cls_raise():
    raise IndexError
try:
    cls_raise()
except IndexError as e:
    print('class raised', repr(e), e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '')
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
