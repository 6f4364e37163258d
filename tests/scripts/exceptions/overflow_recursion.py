import math
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError', e)
print(2 ** 10000 > 0, 1e308 * 10)
def deep(n):
    return deep(n + 1) + 1
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('RecursionError', e)
print('still alive', deep.__name__)
