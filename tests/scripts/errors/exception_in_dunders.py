class BadHash:
    def __hash__(self):
        raise RuntimeError('hash failed')
try:
    {BadHash(): 1}
except RuntimeError as e:
    print('RuntimeError', e)
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError('eq failed')
d = {BadEq(): 1}
try:
    d[BadEq()]
except ValueError as e:
    print('ValueError', e)
class BadIter:
    def __iter__(self):
        raise KeyError('iter failed')
try:
    list(BadIter())
except KeyError as e:
    print('KeyError', e)
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise IndexError('next failed')
try:
    for x in BadNext():
        pass
except IndexError as e:
    print('IndexError', e)
class BadLt:
    def __lt__(self, o):
        raise TypeError('cannot compare')
try:
    sorted([BadLt(), BadLt()])
except TypeError as e:
    print('TypeError', e)
class BadStr:
    def __str__(self):
        raise AttributeError('str failed')
try:
    print(BadStr())
except AttributeError as e:
    print('AttributeError', e)
class BadEnter:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with BadEnter():
        print('body should not run')
except OSError as e:
    print('OSError', e)
class BadDel:
    def __len__(self):
        raise ZeroDivisionError('len failed')
try:
    if BadDel():
        pass
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print('alive')
