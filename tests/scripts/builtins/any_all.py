print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]), all([1, 0, 1]))
print(any('abc'), all(''), any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
print(any([None, '', 0.0, []]), all(['a', 1, [0], (0,)]), any({0: 'a'}), all({1: 0}))
checked = []
def chk(x):
    checked.append(x)
    return x
print(any(chk(x) for x in [0, 0, 3, 4]), checked)
checked.clear()
print(all(chk(x) for x in [1, 2, 0, 4]), checked)
print(any(iter([False, True])), all(range(1, 5)), all(range(0, 5)))
