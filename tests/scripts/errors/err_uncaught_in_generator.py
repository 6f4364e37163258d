def producer():
    yield 1
    yield 2
    raise ValueError('producer broke')
def consumer():
    total = 0
    for v in producer():
        total += v
        print('got', v)
    return total
consumer()
