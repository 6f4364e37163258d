lst = [1, 2, 3]
for stmt in ['del lst[5]', "del lst['a']", 'del nosuch', "del {}['missing']",
             'del (1).real', 'del lst.append', "del 'abc'[0]", 'del (1, 2)[0]']:
    try:
        exec(stmt)
        print('ok', stmt)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
print(lst)
