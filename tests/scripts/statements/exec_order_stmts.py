print('start')
def f():
    print('in f')
    return 'f-result'
value = f()
print(value)
if __name__ == '__main__':
    print('main block')
class K:
    print('class body runs at definition')
    attr = f()
print(K.attr)
for i in range(2):
    def inner(i=i):
        return i * 2
    print(inner())
x = [print('list element', n) for n in range(2)]
print(x)
def late():
    return later_defined()
def later_defined():
    return 'defined after'
print(late())
