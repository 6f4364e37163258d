# Only the 'fork' start method exists in gilpy.
import multiprocessing as mp

print(mp.get_start_method(allow_none=True), mp.get_all_start_methods())
ctx = mp.get_context('fork')
print(type(ctx).__name__, ctx.get_start_method())
for method in ('spawn', 'forkserver', 'nope'):
    try:
        mp.get_context(method)
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ':', e)
mp.set_start_method('fork')
try:
    mp.set_start_method('fork')
except RuntimeError as e:
    print('RuntimeError:', e)
mp.set_start_method('fork', force=True)
print(mp.get_start_method())
try:
    mp.Manager()
except NotImplementedError as e:
    print('NotImplementedError:', e)
with ctx.Pool(1) as p:
    print(p.map(abs, [-1, -2]))
q = ctx.Queue()
q.put('via context')
print(q.get())
