# No Unicode name database: \N{...} escapes are a SyntaxError naming them.
ok = "\u2022 bullet by number"
s = "\N{BULLET} bullet by name"
print(s)
