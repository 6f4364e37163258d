# typing: subscripted aliases, their reprs, origins, arguments and errors.
import collections
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet,
                    Callable, Iterable, Iterator, Generator, Sequence, Mapping,
                    MutableMapping, ClassVar, Final, Literal, Type, TypeVar,
                    Annotated, DefaultDict, Deque, Counter, OrderedDict, AbstractSet,
                    NoReturn, Never, Self, Hashable, Sized, get_origin, get_args,
                    ForwardRef, ParamSpec, Concatenate, TypeGuard)

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', int, str, covariant=True)
C = TypeVar('C', contravariant=True)
P = ParamSpec('P')
print(T, K, S, C, P, T.__name__, K.__bound__, S.__constraints__, S.__covariant__, C.__contravariant__)
print(P.args, P.kwargs, T.__constraints__, T.__bound__)

for alias in (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
              Iterable, Iterator, Generator, Sequence, Mapping, ClassVar, Final,
              Literal, Type, NoReturn, Never, Self, DefaultDict, Deque, Counter,
              OrderedDict, AbstractSet, Hashable, Sized):
    print(repr(alias), end='; ')
print()

examples = [
    List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str],
    Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool],
    Callable[..., int], Callable[[], None], Literal[1, 'a', None, True], ClassVar[int],
    Final[List[int]], Type[int], Iterable[T], Dict[str, List[Optional[int]]],
    List['Node'], Optional[Union[int, str]], Generator[int, None, str],
    Annotated[int, 'meta', 2], Set[collections.OrderedDict], List[list[int]],
    Mapping[str, Any], DefaultDict[str, int], Sequence[Tuple[int, int]],
    Callable[P, int], Callable[Concatenate[int, P], int], TypeGuard[int],
    MutableMapping[K, S], FrozenSet[bytes],
]
for x in examples:
    print(repr(x), '|', get_origin(x), '|', get_args(x), '|', getattr(x, '__parameters__', '-'))

print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(hash(Dict[str, int]) == hash(Dict[str, int]), Optional[int] == Union[int, None])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1, 1, 2])
print(List[int] is List[int], Tuple[int] == tuple[int], List == List)
print(List[int] | None, None | Dict[str, int], Optional[int] | str, List[int] | Set[str])
print(Dict[str, T][int], Dict[K, S][int, str], Callable[[T], T][float], List[Tuple[T, T]][str])
print(get_origin(int), get_args(int), get_origin(List), get_origin(Literal[1]), get_args(Annotated[int, 'x']))
print(List.__name__, Dict.__origin__, Sequence.__origin__, Optional.__name__, List[int].__name__)
print(ForwardRef('Node'), ForwardRef('x') == ForwardRef('x'), T.__name__)


def error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)


error(lambda: List[int, str])
error(lambda: Dict[int])
error(lambda: Optional[int, str])
error(lambda: Union[()])
error(lambda: Callable[int])
error(lambda: Callable[[int], 3])
error(lambda: List[3])
error(lambda: Tuple[1, 2])
error(lambda: ClassVar[int, str])
error(lambda: List[ClassVar[int]])
error(lambda: List[Final[int]])
error(lambda: NoReturn[int])
error(lambda: Union[Optional])
error(lambda: List[int][str])
error(lambda: Dict[str, T][int, int])
error(lambda: List())
error(lambda: Dict(a=1))
error(lambda: Union())
error(lambda: Optional())
error(lambda: Any())
error(lambda: TypeVar('X', int))
error(lambda: TypeVar('X', int, str, bound=int))
error(lambda: TypeVar('X', covariant=True, contravariant=True))
error(lambda: Annotated[int])
error(lambda: Annotated())
error(lambda: ForwardRef(1))
error(lambda: ForwardRef('1 +'))
print(DefaultDict(int), Deque([1]), Counter('aab'), OrderedDict(a=1), Type.__origin__)
print(List[int].__origin__, List[int].__args__, T.__class__.__name__)
