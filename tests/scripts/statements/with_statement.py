class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('exit ' + self.name + (' ' + et.__name__ if et else ''))
        return False
log = []
with Res('a', log) as a, Res('b', log) as b:
    log.append('body %s %s' % (a.name, b.name))
print(log)
log = []
with Res('outer', log):
    with Res('inner', log):
        log.append('deep')
print(log)
log = []
try:
    with Res('x', log), Res('y', log):
        raise ValueError('boom')
except ValueError:
    log.append('handled')
print(log)
log = []
for i in range(3):
    with Res(str(i), log):
        if i == 1:
            continue
        log.append('body' + str(i))
print(log)
log = []
def early():
    with Res('fn', log):
        return 'value'
print(early(), log)
log = []
with Res('target', log) as (r):
    pass
print(r.name, log)
holder = {}
with Res('subscript', []) as holder['k']:
    pass
print(holder['k'].name)
