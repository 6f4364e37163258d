# Many generated documents (valid and mutated) through loads and dumps.
# A small LCG keeps the sequence identical on every interpreter.
import json

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def choice(seq):
    return seq[rand(len(seq))]


ATOMS = ['null', 'true', 'false', 'NaN', 'Infinity', '-Infinity', '0', '-0',
         '7', '42', '-3.5', '1e5', '1E+2', '2.5e-3', '0.0', '"a"', '""',
         '"\\n"', '"\\u00e9"', '"\\ud83d\\ude00"', '"\\ud800"', '"x\\"y"',
         '"\xe9\u20ac"', '12345678901234567890', '"\\/\\b"']
KEYS = ['"k"', '"a b"', '"\\u0041"', '""', '"\xe9"', '"k"']


def gen(depth=0):
    r = rand(100)
    if depth > 3 or r < 50:
        return choice(ATOMS)
    if r < 75:
        return '[' + ', '.join(gen(depth + 1) for _ in range(rand(4))) + ']'
    return '{' + ', '.join('%s: %s' % (choice(KEYS), gen(depth + 1))
                           for _ in range(rand(4))) + '}'


JUNK = list('{}[],:"\\ \t\n-+.eE019ulnfasNI\x00\x1f\xe9') + [
    '\\u', '\\ud800', 'null', 'true', '\\uDC00', '\\"']


def mutate(s):
    s = list(s)
    for _ in range(rand(4)):
        op = rand(10)
        i = rand(len(s) + 1)
        if op < 4 and s:
            del s[min(i, len(s) - 1)]
        elif op < 8:
            s.insert(i, choice(JUNK))
        else:
            s = s[:i]
    return ''.join(s)


def result(f):
    try:
        return 'ok ' + ascii(f())
    except json.JSONDecodeError as e:
        return 'JSONDecodeError %s (%s, %d, %d, %d)' % (e, e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)


counts = {}
for i in range(1500):
    doc = gen()
    if rand(3):
        doc = mutate(doc)
    if rand(4) == 0:
        doc = ' ' * rand(3) + doc + choice(['', ' ', '\n', 'x', ' 1'])
    r = result(lambda: json.loads(doc))
    key = r.split(' ')[0]
    counts[key] = counts.get(key, 0) + 1
    print(ascii(doc), r)
    if rand(3) == 0:
        print('  lax', result(lambda: json.loads(doc, strict=False)))
    if rand(3) == 0:
        idx = rand(len(doc) + 1)
        print('  raw', idx, result(lambda: json.JSONDecoder().raw_decode(doc, idx)))
    if r.startswith('ok'):
        value = json.loads(doc)
        for kw in [{}, {'indent': 1}, {'ensure_ascii': False},
                   {'sort_keys': True, 'separators': (',', ':')}]:
            text = json.dumps(value, **kw)
            again = json.loads(text)
            print('  dumps', ascii(text), ascii(again) == ascii(value))
        print('  hooks', result(lambda: json.loads(
            doc, object_pairs_hook=tuple, parse_float=lambda s: 'f' + s,
            parse_int=lambda s: 'i' + s, parse_constant=lambda s: 'c' + s)))
print(sorted(counts.items()))
