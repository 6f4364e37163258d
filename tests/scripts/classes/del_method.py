class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1); del a
b = A(2); b = None
keep = []
class R:
    def __del__(self):
        print("resurrect"); keep.append(self)
r = R(); del r
print(len(keep)); keep.clear(); print("cleared")
class E:
    def __del__(self): 1/0
class Holder:
    pass
h = Holder()
h.items = (A(20), A(21))
del h
print("after")
# __del__ of objects in a container runs when the container dies
items = [A(10), A(11)]
items = None
print("end")
