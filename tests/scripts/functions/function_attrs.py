def documented(a, b=1):
    """Return something.

    Longer description."""
    return a
print(documented.__name__)
print(documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__module__)
def nodoc():
    x = 'not a docstring'
print(nodoc.__doc__)
class C:
    def method(self):
        "method doc"
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def st():
        pass
print(C.method.__qualname__, C.method.__doc__, C.Inner.deep.__qualname__, C.st.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
print((lambda: 0).__qualname__)
f = documented
f.custom = 'attr'
print(documented.custom, 'custom' in documented.__dict__)
documented.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)
print(type(documented).__name__, callable(documented))
print(documented.__defaults__, nodoc.__defaults__)
print(C.__doc__, C.__name__, C.Inner.__qualname__, C.__module__)
