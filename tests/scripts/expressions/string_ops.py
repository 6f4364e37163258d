s = 'Hello'
print(s + ' World', s * 2, 3 * s[:1], s[1:] + s[:1])
print('a' < 'b', 'a' == 'a', 'Z' < 'a', 'abc' * -1 == '')
print(len(s + s), s[0] + s[-1], ''.join(reversed(s)))
print('x' in s, 'll' in s, s.lower() == 'hello')
print(ord('A') + 1, chr(ord('a') + 25))
print(str(1) + str(2), int('1') + int('2'), '1' + '2' * 2)
print(repr(s), repr(s + "'"), str(s))
parts = []
for ch in s:
    parts.append(ch.upper())
print(parts)
try:
    print(s + 1)
except TypeError as e:
    print('TypeError', e)
try:
    print(1 + s)
except TypeError as e:
    print('TypeError', e)
try:
    print(s * 2.0)
except TypeError as e:
    print('TypeError', e)
try:
    print(s - 'l')
except TypeError as e:
    print('TypeError', e)
