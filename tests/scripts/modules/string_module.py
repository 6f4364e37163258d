import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'), string.capwords(''))
t = string.Template('$who likes ${what}!')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.safe_substitute(who='bob'), t.template)
print(string.Template('cost: $$5, $x').substitute(x=1))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a$b').substitute(a=1, b=2), string.Template('${a}b').safe_substitute())
