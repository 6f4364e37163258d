def run(fail):
    print('--', fail)
    try:
        print('try')
        if fail:
            raise ValueError('v')
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
    print('after')
run(False)
run(True)
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('wrong handler')
    finally:
        print('finally before propagation')
except TypeError as e:
    print('propagated', e)
try:
    pass
except Exception:
    print('never')
else:
    print('else no exception')
