def risky():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise TypeError('second') from None
try:
    risky()
except TypeError as e:
    print(repr(e), e.__context__ is not None, e.__suppress_context__)
e_var = 'before'
try:
    raise KeyError('x')
except KeyError as e_var:
    pass
try:
    print(e_var)
except NameError as ne:
    print('NameError', ne)
def handler_var_cleared():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return 'err' in locals(), type(saved).__name__
print(handler_var_cleared())
try:
    try:
        raise ValueError('inner')
    except ValueError:
        print('in handler')
        raise
    finally:
        print('finally during propagation')
except ValueError as e:
    print('outer got', e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError('retry')
        break
    except RuntimeError:
        print('retry', count)
print('done', count)
