def risky(kind):
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 'a' + 1
    if kind == 'value':
        return int('z')
    return 'ok'
for kind in ['key', 'index', 'zero', 'type', 'value', 'none']:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e)
    except ZeroDivisionError:
        print('zero')
    except (TypeError, ValueError) as e:
        print('tv', type(e).__name__, e)
try:
    risky('key')
except LookupError as e:
    print('LookupError catches', type(e).__name__)
try:
    risky('zero')
except ArithmeticError as e:
    print('ArithmeticError catches', type(e).__name__)
try:
    risky('type')
except Exception as e:
    print('Exception catches', type(e).__name__)
errs = (KeyError, ValueError)
try:
    risky('value')
except errs as e:
    print('tuple variable', type(e).__name__)
try:
    try:
        risky('zero')
    except ():
        print('empty tuple never matches')
except ZeroDivisionError:
    print('passed through empty tuple')
