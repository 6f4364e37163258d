# Helper for import_errors.py (not a test): importing it raises.
print('helper_raises starts')
x = 1 / 0
