# dataclasses with typing: ClassVar and InitVar (also as strings), KW_ONLY
# as a string, typed fields, get_type_hints.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
import typing
from typing import ClassVar, List, Optional, Dict


@dataclass
class Config:
    name: str
    retries: int = 3
    tags: List[str] = field(default_factory=list)
    parent: Optional['Config'] = None
    registry: ClassVar[Dict[str, int]] = {}
    count: 'ClassVar[int]' = 0
    qualified: 'typing.ClassVar[int]' = 1
    seed: 'InitVar[int]' = 0
    other_seed: 'dataclasses.InitVar[int]' = 0
    _: 'KW_ONLY'
    debug: bool = False

    def __post_init__(self, seed, other_seed):
        self.retries += seed + other_seed


c = Config('main', seed=1, debug=True)
print(c)
print([f.name for f in fields(Config)], [f._field_type for f in Config.__dataclass_fields__.values()])
print(Config.registry, Config.count, Config.qualified, 'registry' in Config.__dataclass_fields__)
print(typing.get_type_hints(Config)['parent'], typing.get_type_hints(Config.__init__)['tags'])
print(Config('x', debug=False) == Config('x'), Config.__init__.__annotations__['retries'])

try:
    @dataclass
    class Bad:
        items: ClassVar[List[int]] = field(default_factory=list)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print('TypeError:', e)
