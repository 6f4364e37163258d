class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ['t0', 't1']
p = Pt(3, 4)
print('{0.x},{0.y}'.format(p))
print('{p.x}-{p.y}-{p.tags[1]}'.format(p=p))
print('{.x:>5}|{.y:<5}|'.format(p, p))
print('{0.tags}'.format(p), '{0.tags[0]}'.format(p))
print('{0.__class__.__name__}'.format(p))
print('{d[a][0]}'.format(d={'a': [9]}))
print('{0.real} {0.imag}'.format(5))
try:
    print('{0.z}'.format(p))
except AttributeError as e:
    print('AttributeError', e)
try:
    print('{0[5]}'.format([1]))
except IndexError as e:
    print('IndexError', e)
print('{0:{1}{2}}'.format(7, '>', 6) + '|')
print('{:%Y}'.format(0) if False else 'ok')
print('{:.1f}/{:.1f}'.format(*(p.x / 7, p.y / 7)))
print(format(p.x, '03d'), format(-p.y, '+05d'))
