log = []
def resource(name):
    log.append('open ' + name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        log.append('close ' + name)
for x in resource('A'):
    log.append(x)
print(log)
log.clear()
for x in resource('B'):
    log.append(x)
    if x == 'B1':
        break
print(log)
log.clear()
g = resource('C')
next(g)
g.close()
print(log)
log.clear()
def gen_with_ctx():
    class Ctx:
        def __enter__(self):
            log.append('enter')
        def __exit__(self, *a):
            log.append('exit ' + (a[0].__name__ if a[0] else 'None'))
    with Ctx():
        yield 1
        yield 2
gw = gen_with_ctx()
print(next(gw))
gw.close()
print(log)
log.clear()
print(list(gen_with_ctx()), log)
