r = r'C:\new\table\x41'
print(r, len(r))
print(repr(r))
print(r'\n' == '\\n', R'\t', rb'\x00'.hex() if False else rb'\x00')
t = """first line
  second "quoted" line
third\tline"""
print(t)
print(repr(t))
u = '''single 'quotes' inside
and "double" too'''
print(u)
v = """\
no leading newline\
 and continuation"""
print(repr(v))
print("""a""" + '''b''' + r"""c\d""")
w = r'''raw
triple\n'''
print(repr(w))
print(len("""
"""))
print(f"""{1 + 1}
{'x' * 3}""")
