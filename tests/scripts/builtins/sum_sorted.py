print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum(range(10), 100), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([1, 2], start=10), sum(((1,), (2,)), ()))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('banana'), sorted(('b', 'a')), sorted({3: 'x', 1: 'y'}))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
pairs = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted([[2, 1], [1, 2], [1]]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([0.5, -1, 2 ** 70, 3]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
