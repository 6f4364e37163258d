print('this line never runs')
def f(:
    pass
