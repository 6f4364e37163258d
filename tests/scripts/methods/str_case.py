words = ['hello world', 'HELLO', "they're bill's friends", 'ǆemal', 'ßtraße', 'mIxEd CaSe 123', '', 'a1b2']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print('İ'.lower() == 'i̇', len('İ'.lower()), 'ﬁ'.upper())
