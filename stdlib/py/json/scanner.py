"""JSON token scanner (gilpy: the hand-written scanner of json.decoder)."""
from json.decoder import make_scanner as py_make_scanner

__all__ = ['make_scanner']

c_make_scanner = None
make_scanner = py_make_scanner
