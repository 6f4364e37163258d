# Package helper for import_package.py (not a test).
print('helper_pkg init')
PKG_NAME = 'helper_pkg'
