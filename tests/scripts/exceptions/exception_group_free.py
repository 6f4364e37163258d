def gen_errors():
    for exc in (ValueError('a'), TypeError('b'), KeyError('c')):
        try:
            raise exc
        except Exception as e:
            yield type(e).__name__, str(e)
print(list(gen_errors()))
results = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(-e.args[0])
    finally:
        results.append('f')
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    except TypeError:
        return None
print(safe_div(1, 2), safe_div(1, 0), safe_div('a', 2))
def convert(xs):
    out = []
    for x in xs:
        try:
            out.append(int(x))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    return out
print(convert(['1', 'x', None, 2.7, '0x1']))
