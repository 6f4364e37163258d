# statistics: averages and quantiles of int, float and Fraction data.
import statistics as st
from fractions import Fraction as F
import random

rng = random.Random(1234)
floats = [rng.uniform(-100, 100) for _ in range(101)]
ints = [rng.randrange(-50, 50) for _ in range(60)]
data_sets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [1, 2.5, 3, 4.75],
    [0.1] * 10,
    [1e50, 1, -1e50] * 100,
    [F(3, 7), F(1, 21), F(5, 3), F(1, 3)],
    [F(1, 2), 2, F(3, 4)],
    [True, False, True],
    floats,
    ints,
    [3],
    [7, 7],
]
for data in data_sets:
    label = repr(data) if len(data) < 8 else '%d values from %r' % (len(data), data[0])
    print(label)
    print('  mean', repr(st.mean(data)), '| fmean', repr(st.fmean(data)))
    print('  median', repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)))
    print('  mode', repr(st.mode(data)), '| multimode', st.multimode(data)[:5])
    if all(x > 0 for x in data):
        print('  geometric', repr(round(st.geometric_mean(data), 12)),
              '| harmonic', repr(st.harmonic_mean(data)))
    if len(data) >= 2:
        print('  quantiles', st.quantiles(data), st.quantiles(data, n=10, method='inclusive')[:3])

print(st.mean(iter([1, 2, 3])), st.mean(range(1, 11)), st.fmean(x for x in [1, 2, 3]))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2),
      st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabbbcc'),
      st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.mode([(1, 2), (1, 2), (3,)]))
print(st.quantiles([1, 2], n=1), st.quantiles(range(1, 101), n=100)[:5], st.quantiles([1.5, 2.5, 10]))
print(st.median(['b', 'a', 'c']), st.median_low([F(1, 2), F(1, 3)]), st.harmonic_mean([2, 0]))
print(st.mean([F(1, 3), F(1, 6)]), type(st.mean([F(1, 3), 1.0])).__name__, st.mean([1, True]))


def error(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e, '|', isinstance(e, ValueError))


error(st.mean, [])
error(st.fmean, [])
error(st.fmean, [1, 2], weights=[1])
error(st.fmean, [1, 2], weights=[1, -1])
error(st.median, [])
error(st.median_low, [])
error(st.median_high, [])
error(st.median_grouped, [])
error(st.mode, [])
error(st.quantiles, [1])
error(st.quantiles, [1, 2], n=0)
error(st.quantiles, [1, 2], method='middle')
error(st.geometric_mean, [1, -2])
error(st.geometric_mean, [])
error(st.harmonic_mean, [])
error(st.harmonic_mean, [1, -2])
error(st.harmonic_mean, [1, 2], weights=[1])
error(st.harmonic_mean, ['a'])
error(st.mean, ['a', 'b'])
error(st.mean, [1, 'b'])
print(issubclass(st.StatisticsError, ValueError))
