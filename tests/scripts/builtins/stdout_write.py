import sys
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write(' then newline\n')
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
c = Collector()
print('to collector', 1, 2, file=c)
print('second', end='!', file=c)
print(c.parts)
old = sys.stdout
sys.stdout = c
print('captured via sys.stdout')
sys.stdout = old
print(c.parts[-2:])
sys.stderr.write('stderr line\n')
print(sys.stdout is sys.__stdout__, sys.stdout.writable() if hasattr(sys.stdout, 'writable') else True)
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
