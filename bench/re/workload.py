"""Regular-expression workloads, run the same under gilpy and CPython.

    python3 workload.py CASE [SCALE] [--setup-only | --time]

Each case has a setup (building its text, not timed) and a run (the regex
work). The run prints a short deterministic result; run.py compares the two
interpreters' outputs, so a wrong answer is a failure, not a speedup.
--setup-only stops after the setup (run.py subtracts that cost when it
counts instructions); --time also prints the run's wall time in seconds.
SCALE multiplies the amount of work (default 1).
"""

import random
import re
import sys
import time

WORDS = ("the quick brown fox jumps over lazy dog alpha beta gamma delta "
         "regular expression engine backtracking unicode bytes pattern").split()


def make_text(n_words, seed=7, extra=()):
    rnd = random.Random(seed)
    pool = list(WORDS) + list(extra)
    out = []
    for i in range(n_words):
        w = rnd.choice(pool)
        if i % 17 == 0:
            w += str(rnd.randint(0, 99999))
        if i % 53 == 0:
            w = "user%d@example%d.org" % (i, i % 7)
        out.append(w)
        out.append("\n" if i % 11 == 10 else " ")
    return "".join(out)


def log_lines(n):
    rnd = random.Random(3)
    return ["2024-%02d-%02d %s level=%s msg=%s" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.choice(["GET", "POST"]),
                                                   rnd.choice(["info", "warn"]), rnd.choice(WORDS)) for _ in range(n)]


# Each case: (setup(scale) -> data, run(data, scale) -> result to print).
def literal_search(text, scale):
    p = re.compile("NEEDLE")
    return sum(p.search(text).start() for _ in range(20))


def findall_words(text, scale):
    return len(re.findall(r"\w+", text))


def finditer_emails(text, scale):
    return sum(m.end() - m.start() for m in re.finditer(r"[\w.]+@[\w.]+\.\w+", text))


def sub_digits(text, scale):
    return len(re.sub(r"\d+", "#", text))


def sub_template(text, scale):
    return len(re.sub(r"(\w+)@(\w+)", r"\2 at \1", text))


def sub_function(text, scale):
    return len(re.sub(r"\d+", lambda m: str(len(m.group())), text))


def split_whitespace(text, scale):
    return len(re.split(r"\s+", text)) + len(re.split(r"(\n)", text))


def match_loop(lines, scale):
    p = re.compile(r"(\d{4})-(\d\d)-(\d\d) (GET|POST) level=(?P<level>\w+) msg=(\w+)")
    warn = 0
    for line in lines:
        m = p.match(line)
        if m and m.group("level") == "warn":
            warn += int(m.group(2))
    return warn


def module_functions(names, scale):
    # re.match / re.search through the module cache, on short strings.
    n = 0
    for s in names:
        if re.match(r"item-\d+$", s):
            n += 1
        if re.search("7", s):
            n += 1
    return n


def alternation(text, scale):
    return len(re.findall(r"\b(?:foo|bar|baz)+\b", text)) + len(re.findall(r"(?:foo|ba[rz]) qux", text))


def backtracking(_, scale):
    n = 0
    for i in range(5 * scale):
        n += bool(re.match(r"(a|aa)*b", "a" * 16 + "c"))
        n += len(re.match(r"(x+x+)+y|x*", "x" * 15).group())
    return n


def ignorecase(text, scale):
    return len(re.findall(r"quick|lazy|[a-c]\w+", text, re.I))


def unicode_text(text, scale):
    return len(re.findall(r"\w+", text)) + len(re.findall(r"[^\x00-\x7f]+", text)) + len(re.sub("é", "e", text))


def lookaround(text, scale):
    return len(re.findall(r"(?<=\s)\w+(?=\s)", text)) + len(re.findall(r"\b(?!the\b)\w{3}\b", text))


def compile_patterns(_, scale):
    n = 0
    for i in range(100 * scale):
        re.purge()
        n += re.compile(r"(?P<a>\w+)\s*=\s*(?P<b>[^;]+);|#.*$|(?:x{%d,%d})" % (i % 5, i % 5 + 3)).groups
    return n


def alternation_text(scale):
    rnd = random.Random(5)
    return " ".join(rnd.choice(["foo", "bar", "baz", "qux", "quux"]) for _ in range(30000 * scale))


CASES = {
    "literal_search": (lambda k: make_text(20000 * k) + "NEEDLE", literal_search),
    "findall_words": (lambda k: make_text(20000 * k), findall_words),
    "finditer_emails": (lambda k: make_text(20000 * k), finditer_emails),
    "sub_digits": (lambda k: make_text(20000 * k), sub_digits),
    "sub_template": (lambda k: make_text(20000 * k), sub_template),
    "sub_function": (lambda k: make_text(20000 * k), sub_function),
    "split_whitespace": (lambda k: make_text(20000 * k), split_whitespace),
    "match_loop": (lambda k: log_lines(5000 * k), match_loop),
    "module_functions": (lambda k: ["item-%d" % i for i in range(5000 * k)], module_functions),
    "alternation": (alternation_text, alternation),
    "backtracking": (lambda k: None, backtracking),
    "ignorecase": (lambda k: make_text(20000 * k).upper(), ignorecase),
    "unicode_text": (lambda k: make_text(15000 * k, extra=("café", "naïve", "über", "日本語", "Ωmega")), unicode_text),
    "lookaround": (lambda k: make_text(15000 * k), lookaround),
    "compile_patterns": (lambda k: None, compile_patterns),
}

if __name__ == "__main__":
    case = sys.argv[1]
    scale = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 1
    setup, run = CASES[case]
    data = setup(scale)
    if "--setup-only" not in sys.argv:
        t0 = time.perf_counter()
        result = run(data, scale)
        elapsed = time.perf_counter() - t0
        print(case, result)
        if "--time" in sys.argv:
            print("%.6f" % elapsed)
