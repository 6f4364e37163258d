def square(x):
    return x * x
print([square(x) for x in range(5)])
print([f(3) for f in (abs, square, str, lambda v: -v)])
print([s.strip().title() for s in ['  ann ', 'BOB', 'cArL  ']])
print([int(t) for t in '1,2,,3'.split(',') if t])
data = [{'name': 'a', 'age': 30}, {'name': 'b', 'age': 20}, {'name': 'c', 'age': 40}]
print([d['name'] for d in sorted(data, key=lambda d: d['age'])])
print({d['name']: d['age'] > 25 for d in data})
print(sum(d['age'] for d in data) / len(data))
print(max(data, key=lambda d: d['age'])['name'])
calls = []
def track(v):
    calls.append(v)
    return v
res = [track(x) for x in range(3) if track(x * 10) >= 0]
print(res, calls)
def gen_in_comp():
    return [list(range(n)) for n in range(4)]
print(gen_in_comp())
