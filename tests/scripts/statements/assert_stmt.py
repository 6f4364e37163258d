assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print('AssertionError', e, e.args)
calls = []
def msg():
    calls.append(1)
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = 5
assert x > 0 and x < 10, f'x={x}'
print('done')
