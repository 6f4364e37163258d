"""Helper module imported by import_helper.py and module_attrs.py (not a test)."""
print('helper_mod loading')
load_count = 1
VALUE = 42
_count = 0


def square(x):
    return x * x


def counter():
    global _count
    _count += 1
    return _count


def read_value():
    return VALUE


def get_new_attr():
    return new_attr


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return 'hello ' + self.name
