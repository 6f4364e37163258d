class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 5
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Full()), bool(Truthy()), len(Full()), len(Truthy()))
print('yes' if Full() else 'no', 'yes' if Empty() else 'no', not Empty())
print([x for x in [Empty(), Full(), Truthy()] if x].__len__())
class BadLen:
    def __len__(self):
        return 'x'
try:
    len(BadLen())
except TypeError as e:
    print('TypeError', e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print('OverflowError', e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
