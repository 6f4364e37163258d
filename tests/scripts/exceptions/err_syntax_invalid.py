print('never')
a = 5
if a = 5:
    print(a)
