"""dict_str: dictionary- and string-heavy text processing.

Measures str methods (split, join, lower, strip, startswith, replace),
f-strings and str.format, string hashing and dict operations (get,
setdefault, items, `in`), plus sorting with a key.  Text is generated from
a fixed vocabulary with a seeded RNG, so the result is deterministic.
"""
import random

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "en", "ar",
             "py", "th", "on", "gil", "co", "de"]
LINES = 40_000
WORDS_PER_LINE = 12


def make_vocabulary(size):
    words = set()
    while len(words) < size:
        n = random.randint(1, 4)
        words.add("".join(random.choice(SYLLABLES) for _ in range(n)))
    # Sort so that the vocabulary order does not depend on set iteration order.
    return sorted(words)


def make_text(vocab):
    # Squaring a uniform number skews picks toward the start of the
    # vocabulary, giving a Zipf-like mix of very common and rare words
    # (as in real text) instead of a flat distribution.
    size = len(vocab)
    lines = []
    for lineno in range(LINES):
        words = [vocab[int(size * random.random() ** 2)]
                 for _ in range(WORDS_PER_LINE)]
        # Mix in capitalisation and punctuation so normalisation has work to do.
        if lineno % 3 == 0:
            words[0] = words[0].capitalize()
        lines.append(" ".join(words) + (". " if lineno % 2 else ", "))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_initial(counts):
    groups = {}
    for word, n in counts.items():
        groups.setdefault(word[0], []).append((word, n))
    return groups


def report(counts, groups):
    parts = []
    for initial in sorted(groups):
        entries = groups[initial]
        total = sum(n for _, n in entries)
        best = max(entries, key=lambda e: (e[1], e[0]))
        parts.append(f"{initial}:{len(entries)}/{total}/{best[0]}")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_str = ", ".join("{}={}".format(w, n) for w, n in top)
    return " ".join(parts), top_str


def rewrite(text, counts):
    # Build a new document word by word: lookups, membership tests and
    # many small string concatenations through join.
    rare = {w for w, n in counts.items() if n < 100}
    out_lines = []
    for line in text.split("\n"):
        out = []
        for raw in line.split():
            w = raw.strip(".,").lower()
            if w in rare:
                out.append(f"<{w.upper()}>")
            elif w.startswith("gil"):
                out.append(w.replace("gil", "GIL", 1))
            else:
                out.append(w)
        out_lines.append(" ".join(out))
    doc = "\n".join(out_lines)
    return len(doc), doc.count("<"), doc.count("GIL")


random.seed(2024)
vocab = make_vocabulary(3000)
text = make_text(vocab)
counts = count_words(text)
groups = group_by_initial(counts)
summary, top = report(counts, groups)
length, rare_marks, gil_marks = rewrite(text, counts)
checksum = sum(len(k) * v for k, v in counts.items()) % 1_000_003
print(f"dict_str words={sum(counts.values())} distinct={len(counts)} "
      f"checksum={checksum} doc={length} rare={rare_marks} gil={gil_marks}")
print(f"top5: {top}")
print(f"groups: {len(groups)} first={summary.split()[0]}")
