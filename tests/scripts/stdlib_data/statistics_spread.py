# statistics: variance, pvariance, stdev, pstdev (exact, then one rounding),
# covariance, correlation and linear_regression.
import statistics as st
from fractions import Fraction as F
import random

rng = random.Random(99)
data_sets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, 1, 1, 2],
    [5, 5, 5],
    [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [0.1, 0.2, 0.3, 0.4],
    [F(1, 6), F(1, 2), F(5, 3)],
    [1, 2.5, F(7, 2)],
    [rng.gauss(10, 3) for _ in range(500)],
    [rng.randrange(1000) for _ in range(200)],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3],
]
for data in data_sets:
    label = repr(data) if len(data) < 12 else '%d values from %r' % (len(data), data[0])
    print(label)
    print('  variance', repr(st.variance(data)), '| pvariance', repr(st.pvariance(data)))
    print('  stdev', repr(st.stdev(data)), '| pstdev', repr(st.pstdev(data)))

d = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = st.mean(d)
print(st.variance(d, m), st.pvariance(d, m), st.stdev(d, m), st.pstdev(d, 1.0))
print(st.variance(iter([1, 2, 3, 4])), st.pstdev([7]), st.pvariance([7]), st.variance([1, 3]))
print(st.stdev([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(x, z), st.covariance(z, x))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y))
print(st.linear_regression(x, z), st.linear_regression([1, 2, 3], [2, 4.5, 6.1]))
lr = st.linear_regression([1, 2, 3, 4], [3, 5, 7.5, 9], proportional=True)
print(lr, lr.slope, lr.intercept, type(lr).__name__)


def error(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e)


error(st.variance, [1])
error(st.pvariance, [])
error(st.stdev, [2])
error(st.pstdev, [])
error(st.variance, ['a', 'b'])
error(st.covariance, [1, 2], [1])
error(st.covariance, [1], [1])
error(st.correlation, [1, 2, 3], [5, 5, 5])
error(st.correlation, [1], [2])
error(st.linear_regression, [1, 1], [2, 3])
error(st.linear_regression, [1, 2], [2])
error(st.linear_regression, [1], [2])
