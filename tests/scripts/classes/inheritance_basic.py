class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return '%s is a %s: %s' % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return self.name + ' barks'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + ' softly'
for a in (Animal('generic'), Dog('rex'), Puppy('bit', 1)):
    print(a.describe())
p = Puppy('x', 2)
print(p.age, p.kind, Puppy.kind, Animal.kind)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog('d'), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__, object.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(type(p).__name__, p.__class__.__name__, type(p) is Puppy)
