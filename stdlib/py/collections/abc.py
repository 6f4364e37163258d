"""collections.abc: the abstract base classes of the container protocols.

They live in _collections_abc (which typing and others import without
loading collections); this module re-exports them under their public name.
"""
from _collections_abc import *
from _collections_abc import __all__
