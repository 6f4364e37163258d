import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 6, 7, 8, 9])
print(heapq.heapreplace(data, 5), data[0])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
print(heapq.nlargest(2, ['aaa', 'b', 'cc'], key=len), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge('ace', 'bdf')))
print(list(heapq.merge([3, 1], [2], key=lambda x: -x)), list(heapq.merge([1, 3], [2, 4], reverse=False)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
