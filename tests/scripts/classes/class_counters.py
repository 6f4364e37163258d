class Widget:
    created = 0
    registry = []
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        type(self).registry.append(name)
    @classmethod
    def total(cls):
        return cls.created
class Button(Widget):
    registry = []
w1 = Widget('w1')
w2 = Widget('w2')
b1 = Button('b1')
print(Widget.created, Button.created, w1.id, w2.id, b1.id)
print(Widget.registry, Button.registry)
print(Widget.total(), Button.total())
class Auto:
    _next = 0
    def __init__(self):
        self.n = self._next
        self.__class__._next += 1
a = [Auto() for _ in range(3)]
print([x.n for x in a], Auto._next)
