import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(1000, 20)
print(gc.get_threshold()[:2])
print(isinstance(gc.collect(), int))
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
print(gc.is_tracked(1), gc.is_tracked([]))
