# Differential fuzzing: random patterns (groups, look-arounds, atomic
# groups, conditionals, repeats of every kind, case-insensitive and Unicode
# characters) from a fixed seed; gilpy's random module gives CPython's exact
# sequences, so both interpreters test the same patterns on the same subjects.
import random
import re

ATOMS = ["a", "b", "c", ".", "\\w", "\\d", "\\s", "\\W", "[ab]", "[^a]", "[a-c]", "é", "É", "x", "\\b",
         "\\B", "^", "$", "\\A", "\\Z", "[\\w-]", "[.]", "\\1", "(?P=g)", "K", "s", "ſ", " "]
ANCHORS = ("\\b", "\\B", "^", "$", "\\A", "\\Z")
REPEATS = ["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}", "{2,}?", "*+", "++"]
OPENERS = ["(", "(?:", "(?P<g>", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?i:"]
SUBJECT_CHARS = "abcé xÉ_1 2\nab bKsſa c"


def gen(rnd, depth=0):
    out = []
    for _ in range(rnd.randint(1, 4)):
        r = rnd.random()
        if depth < 3 and r < 0.25:
            kind = rnd.choice(OPENERS)
            if kind in ("(?<=", "(?<!"):
                inner = rnd.choice(["a", "[ab]", "\\w", "é", "ab", "\\b", ""])
            else:
                inner = gen(rnd, depth + 1)
                if rnd.random() < 0.3:
                    inner += "|" + gen(rnd, depth + 1)
            out.append(kind + inner + ")")
        elif depth < 3 and r < 0.3:
            out.append("(?(1)" + gen(rnd, depth + 1) + "|" + gen(rnd, depth + 1) + ")")
        else:
            out.append(rnd.choice(ATOMS))
            if out[-1] in ANCHORS:
                continue
        if rnd.random() < 0.35:
            out.append(rnd.choice(REPEATS))
    return "".join(out)


def run(seed, count):
    rnd = random.Random(seed)
    for i in range(count):
        p = gen(rnd)
        if rnd.random() < 0.5:
            p = "(" + p + ")"
        flags = rnd.choice([0, 0, re.I, re.M, re.S, re.A, re.I | re.A])
        s = "".join(rnd.choice(SUBJECT_CHARS) for _ in range(rnd.randint(0, 12)))
        try:
            c = re.compile(p, flags)
        except re.error as e:
            print(i, repr(p), "error:", e)
            continue
        m = c.search(s)
        found = None if m is None else (m.span(), m.groups(), m.lastindex)
        print(i, repr(p), flags, repr(s), found, [x.span() for x in c.finditer(s)],
              repr(c.sub("<\\g<0>>", s)), c.split(s), c.fullmatch(s) is not None)


run(1, 700)
run(2024, 700)
