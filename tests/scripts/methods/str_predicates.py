samples = ['123', '12.3', 'abc', 'ABC', 'Abc', 'abc123', '', ' ', '\t\n', 'a b', '²', '½', '٣',
           'Hello World', 'hello World', '_id', 'id_1', '1id', 'class', 'é', 'ÀB', '-1']
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
