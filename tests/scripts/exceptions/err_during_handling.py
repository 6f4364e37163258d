def parse(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]
fallback = {}
print(parse('10'))
parse('ten')
