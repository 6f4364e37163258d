"""A short tour of the Python that gilpy runs.

Run it with either interpreter -- the output is identical:

    build/gilpy examples/tour.py
    python3 examples/tour.py
"""
import collections
import functools
import itertools
import math
import random

def section(title):
    print()
    print(f"== {title} ==")

section("Numbers")
# Integers never overflow: they grow as large as needed.
print("2 ** 100       =", 2 ** 100)
print("30!            =", math.factorial(30))
print("with commas    =", f"{3 ** 40:,}")
# Floor division and modulo round toward minus infinity, like in maths.
print("-7//2, -7%2    =", -7 // 2, -7 % 2, "| divmod(17, 5) =", divmod(17, 5))
# Floats are IEEE-754 doubles; repr gives the shortest exact round trip.
print("0.1 + 0.2      =", 0.1 + 0.2)
print("7 / 2          =", 7 / 2, "| round(2.675, 2) =", round(2.675, 2))
print("hex/bin        =", hex(255), bin(10), int("ff", 16))

section("Strings and f-strings")
name, lang = "Ada", "gilpy"
greeting = f"Hello, {name}! Welcome to {lang.upper()}."
print(greeting)
print("slicing       :", greeting[7:10], greeting[::-1][:6])
print("split/join    :", "-".join("a b c".split()))
print("methods       :", "  tidy  ".strip(), "title case".title(), "x".center(5, "*"))
print(f"format specs  : [{math.pi:.3f}] [{42:>6}] [{42:<6}] [{7:03d}] [{0.25:.0%}]")
print(f"debug form    : {name=} {len(name)=}")
print("old styles    :", "%s has %d chars" % (lang, len(lang)), "{:>4}|".format("ok"))

section("Lists, dicts, sets and comprehensions")
nums = [5, 3, 8, 1, 9, 2]
print("sorted        :", sorted(nums), "reversed:", sorted(nums, reverse=True))
print("squares       :", [n * n for n in nums if n % 2])
ages = {"ann": 31, "bob": 25, "cyd": 40}
ages["dee"] = 19
print("dict          :", ages)
print("by age        :", sorted(ages, key=ages.get))
print("dict comp     :", {k: v // 10 for k, v in ages.items() if v > 20})
# Sets are unordered, so sort them before printing.
evens, small = {n for n in range(10) if n % 2 == 0}, set(range(5))
print("set algebra   :", sorted(evens & small), sorted(evens | small), sorted(evens - small))
first, *rest = nums
print("unpacking     :", first, rest, "| zip:", list(zip("abc", [1, 2, 3])))
if (count := len(nums)) > 5:
    print("walrus        :", count, "items")

section("Functions")
def describe(item, qty=1, *extras, sep=", ", **options):
    parts = [f"{qty} x {item}", *extras]
    parts += [f"{k}={v}" for k, v in options.items()]
    return sep.join(parts)

print(describe("apple"))
print(describe("pear", 3, "ripe", "green", sep=" / ", origin="FR"))

def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count          # closures can rebind variables they capture
        count += step
        return count
    return bump

counter = make_counter()
counter(); counter(5)
print("closure       :", counter())

def shout(func):
    """A decorator: wraps func and upper-cases its result."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

@shout
def hello(who):
    return f"hello {who}"

print("decorator     :", hello("world"), "| name kept:", hello.__name__)
print("lambda        :", sorted(["kiwi", "fig", "banana"], key=lambda s: len(s)))

section("Classes")
class Shape:
    def __init__(self, color):
        self.color = color

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.color}, area={self.area():.2f})"

    def __lt__(self, other):            # lets sorted() compare shapes
        return self.area() < other.area()

class Rect(Shape):
    def __init__(self, w, h, color="red"):
        super().__init__(color)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, color="blue")

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        self.w = self.h = value

class Circle(Shape):
    def __init__(self, r):
        super().__init__("green")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __eq__(self, other):
        return isinstance(other, Circle) and self.r == other.r

    def __hash__(self):
        return hash(self.r)

sq = Square(3)
sq.side = 4                              # goes through the property setter
shapes = [Rect(2, 5), sq, Circle(1.5)]
print("shapes        :", sorted(shapes), "| side:", sq.side)
print("isinstance    :", isinstance(sq, Rect), issubclass(Square, Shape))
print("eq/hash       :", Circle(2) == Circle(2), len({Circle(2), Circle(2), Circle(3)}))

section("Exceptions")
class InsufficientFunds(Exception):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount

for amount in (30, 80):
    try:
        left = withdraw(50, amount)
    except InsufficientFunds as exc:
        print(f"withdraw {amount}: refused ({exc})")
    else:
        print(f"withdraw {amount}: ok, {left} left")
    finally:
        print(f"  (checked {amount})")

try:
    try:
        {}["missing"]
    except KeyError as exc:
        raise ValueError("lookup failed") from exc
except ValueError as exc:
    print("chained       :", repr(exc), "caused by", repr(exc.__cause__))

section("Generators")
def countdown(n):
    while n > 0:
        yield n
        n -= 1

def launch(n):
    yield from countdown(n)     # delegate to another generator
    yield "liftoff"

print("yield from    :", list(launch(3)))
print("gen expression:", sum(x * x for x in range(10)))

def averager():
    """A coroutine: send() numbers in, get the running average back."""
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)                       # run to the first yield
print("send          :", [avg.send(v) for v in (10, 20, 60)])

section("With-statements")
class Timer:
    """Logs entry and exit; swallows ValueError."""
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit  {self.label} (error: {exc_type.__name__ if exc_type else None})")
        return exc_type is ValueError   # True means "exception handled"

with Timer("block A") as t:
    print("inside", t.label)
with Timer("block B"):
    raise ValueError("suppressed by __exit__")
print("still running after block B")

section("Modules")
print("math          :", math.sqrt(2), math.gcd(84, 36), math.floor(-2.5), math.inf > 1e308)
random.seed(2024)               # same seed, same numbers, in both interpreters
deck = list(range(1, 11))
random.shuffle(deck)
print("random        :", [random.randint(1, 6) for _ in range(5)], random.choice("xyz"), deck)
print(f"random float  : {random.random():.6f}")
print("Counter       :", collections.Counter("mississippi").most_common(2))
words = "the quick brown fox jumps over the lazy dog".split()
by_len = collections.defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print("defaultdict   :", dict(by_len))
Point = collections.namedtuple("Point", "x y")
queue = collections.deque([1, 2, 3], maxlen=3)
queue.append(4)
print("namedtuple    :", Point(1, 2), Point(1, 2).x, "| deque:", list(queue))
print("itertools     :", list(itertools.islice(itertools.count(10, 5), 4)),
      list(itertools.accumulate([1, 2, 3, 4])), list(itertools.combinations("abc", 2)))
print("groupby       :", [(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print("functools     :", functools.reduce(lambda a, b: a * b, range(1, 6)),
      functools.partial(int, base=2)("1011"))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("lru_cache     :", fib(90))

section("A note on threads")
print("gilpy, like CPython, has a Global Interpreter Lock: only one thread runs\n"
      "Python code at a time. Threads are still useful for waiting on I/O, but\n"
      "they will not make CPU-bound code faster -- splitting a number-crunching\n"
      "loop across threads takes as long as running it in one (or longer).\n"
      "For speed, make the single thread faster: better algorithms, fewer\n"
      "allocations, and letting the interpreter do less work per operation.")
