people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35), ('frank', 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
two_pass = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print(two_pass)
lst = [('b', 1), ('a', 1), ('c', 0)]
lst.sort(key=lambda t: t[1])
print(lst)
lst.sort(key=lambda t: t[1], reverse=True)
print(lst)
import random
random.seed(7)
nums = [random.randint(0, 5) for _ in range(40)]
tagged = list(enumerate(nums))
st = sorted(tagged, key=lambda t: t[1])
print(all(st[i][0] < st[i + 1][0] for i in range(len(st) - 1) if st[i][1] == st[i + 1][1]))
print(sorted([1.0, 1, True, 1.0], key=lambda v: 0), [type(v).__name__ for v in sorted([1.0, True, 1])])
big = list(range(1000, 0, -1))
print(sorted(big)[:5], sorted(big, reverse=True)[:3])
words = 'Ab aB ab AB ba'.split()
print(sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
