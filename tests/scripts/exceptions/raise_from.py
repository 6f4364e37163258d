try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('bad config') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no cause') from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise TypeError('direct') from KeyError('cause')
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError('x') from IndexError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError', e)
