# dataclasses: the generated class docstring (needs a class's __doc__ to be
# writable after the class statement, as in CPython).
from dataclasses import dataclass, field, KW_ONLY
from typing import List, Optional


@dataclass(frozen=True)
class Vector:
    x: float
    y: float = 0.0


@dataclass
class Config:
    name: str
    tags: List[str] = field(default_factory=list)
    parent: Optional['Config'] = None
    _: KW_ONLY
    debug: bool = False


@dataclass
class Documented:
    """Own docstring."""
    a: int


class Plain:
    pass


Plain.__doc__ = 'set later'
print(Vector.__doc__)
print(Config.__doc__)
print(Documented.__doc__, Plain.__doc__)
