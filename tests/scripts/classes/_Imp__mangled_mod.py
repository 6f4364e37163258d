# Imported by name_mangling.py as `__mangled_mod` from inside class Imp.
value = 'module found by its mangled name'
_Imp__private = 'name found by its mangled name'
