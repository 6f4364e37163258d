def area(w, h):
    return w * h
def compute():
    return area(3)
print('before')
compute()
