import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit', e.code)
try:
    sys.exit()
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
def cleanup():
    try:
        sys.exit(0)
    finally:
        print('finally runs on exit')
cleanup()
print('unreachable')
