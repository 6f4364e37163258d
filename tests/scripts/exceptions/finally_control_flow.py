def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def ret_value_evaluated():
    x = 'first'
    try:
        return x
    finally:
        x = 'changed'
        print('finally sees', x)
print(ret_value_evaluated())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print('finally', i)
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f')
    return out
print(loop_continue())
def break_swallows():
    for i in range(3):
        try:
            raise RuntimeError('x')
        finally:
            break
    return 'after break ' + str(i)
print(break_swallows())
def nested_finally():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('wf', n)
print(while_finally())
