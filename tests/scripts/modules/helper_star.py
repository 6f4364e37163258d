# Helper for import_star.py (not a test).
__all__ = ['public_func', 'PUBLIC_CONST']
PUBLIC_CONST = 'const'
_private = 'private'


def public_func():
    return 'public'


def not_exported():
    return 'not exported but reachable'
