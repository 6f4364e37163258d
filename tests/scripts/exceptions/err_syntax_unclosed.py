x = 1
y = [1, 2,
     3
print(x, y)
