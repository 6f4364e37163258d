class Fatal(BaseException):
    pass
try:
    raise Fatal('base exception subclass')
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', repr(e))
def f():
    raise Fatal('escapes')
try:
    f()
except Exception:
    print('never')
