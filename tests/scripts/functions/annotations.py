def f(a: int, b: str = 'x', *args: float, c: 'str' = None, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1), f(1, 'y', 2.0, c='z', q=1))
print(f.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
def g() -> None:
    pass
print(g.__annotations__)
class C:
    attr: int = 3
    other: str
print(C.attr, C.__annotations__, hasattr(C, 'other'))
