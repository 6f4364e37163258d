class Bad:
    def __getattr__(self, name):
        return self.missing_attr
try:
    Bad().anything
except RecursionError as e:
    print('RecursionError', e)
class BadInit:
    def __init__(self):
        self.x = self.y
    def __getattr__(self, name):
        if name == 'y':
            return self.z
        return getattr(self, name)
try:
    BadInit()
except RecursionError as e:
    print('RecursionError', e)
class SetAttrLoop:
    def __setattr__(self, name, value):
        setattr(self, name, value)
try:
    SetAttrLoop().v = 1
except RecursionError as e:
    print('RecursionError', e)
class ReprLoop:
    def __repr__(self):
        return repr(self)
try:
    repr(ReprLoop())
except RecursionError as e:
    print('RecursionError', e)
class EqLoop:
    def __eq__(self, other):
        return self == other
try:
    EqLoop() == EqLoop()
except RecursionError as e:
    print('RecursionError', e)
print('alive')
