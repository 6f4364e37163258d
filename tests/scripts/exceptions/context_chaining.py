try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    finally:
        raise IndexError('from finally')
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise OSError('io')
    except OSError:
        try:
            raise ValueError('v')
        except ValueError:
            raise TypeError('t')
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
e = ValueError('plain')
print(e.__context__, e.__cause__, e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
try:
    try:
        raise KeyError('k')
    except KeyError as ke:
        err = ke
        raise err
except KeyError as again:
    print(again.__context__)
