"""The GIL observatory: see what the global interpreter lock did.

gilpy records, for every thread, when it ran Python holding the GIL, when it
waited for it, when it was blocked (sleep, I/O, a lock, join) and when it ran
native code with the lock released; and the drop requests and forced
switches of the lock's protocol (see runtime/gil.cpp).

    import gil
    gil.stats()                    # counters per thread, since import / reset
    gil.reset_stats()
    with gil.record("run.svg"):    # .svg / .html picture, .json Chrome trace, .txt text
        ...
    gil.held()                     # does this thread hold the GIL?

From the command line: gilpy -X gil-timeline=run.svg, -X gil-trace=run.json,
-X gil-stats. In the REPL: %gil STATEMENT.

Recording starts when this module is imported (counters only) or when a
picture or trace is asked for (every event, with timestamps).
"""
import _gil

_gil.start(False)

# Colours and names of a thread's states.
STATES = {
    "running": ("#2ca02c", "running Python (holds the GIL)"),
    "waiting": ("#d62728", "waiting for the GIL"),
    "blocked": ("#b0b0b0", "blocked (sleep, I/O, lock, join)"),
    "native": ("#1f77b4", "native code, GIL released"),
}
_AFTER = {"acquired": "running", "release_io": "blocked", "release_native": "native",
          "forced_drop": "waiting", "wait": "waiting"}
_TEXT_CHARS = {"running": "#", "waiting": ".", "blocked": "_", "native": "=", None: " "}


def held():
    """True if the calling thread holds the GIL (always, when Python runs it)."""
    return _gil.held()


def stats():
    """Per thread: acquisitions, seconds held and waited, the longest wait,
    forced and voluntary drops, drop requests made — since the import of this
    module or the last reset_stats()."""
    snap = _gil.snapshot(False)
    return [{k: v for k, v in t.items() if k not in ("events",)} for t in snap["threads"]]


def reset_stats():
    """Start counting (and recording) afresh."""
    _gil.reset()


def snapshot():
    """Everything recorded: {"now", "pid", "threads": [{..., "events"}]},
    times in nanoseconds since the start of recording."""
    _gil.start(True)
    return _gil.snapshot(True)


# ------------------------------------------------------------------ spans
def spans(thread, now):
    """A thread's life as (state, start_ns, end_ns) spans, plus its markers
    [(t_ns, "forced_drop" | "drop_request")]."""
    out, markers = [], []
    state, since = None, None
    for t, kind in thread["events"]:
        if kind in ("forced_drop", "drop_request"):
            markers.append((t, kind))
        if kind == "drop_request":
            continue
        new = _AFTER.get(kind)     # None after "end"
        if state is not None and t > since:
            out.append((state, since, t))
        state, since = new, t
    if state is not None and now > since:
        out.append((state, since, now))
    return out, markers


def _buckets(span_list, t0, t1, columns):
    """For each of `columns` equal slices of [t0, t1): the state that filled
    most of it (spans shorter than a slice merge into their neighbours)."""
    width = (t1 - t0) / columns if t1 > t0 else 1
    fill = [dict() for _ in range(columns)]
    for state, a, b in span_list:
        a, b = max(a, t0), min(b, t1)
        if b <= a:
            continue
        c = int((a - t0) / width)
        while c < columns and a < b:
            edge = min(b, t0 + (c + 1) * width)
            fill[c][state] = fill[c].get(state, 0) + (edge - a)
            a = edge
            c += 1
    return [max(f, key=f.get) if f else None for f in fill]


# -------------------------------------------------------------- renderers
def text_timeline(snap, width=64):
    """One line per thread: # running, . waiting, _ blocked, = native."""
    now = snap["now"]
    lines = []
    for t in snap["threads"]:
        sp, _ = spans(t, now)
        row = "".join(_TEXT_CHARS[s] for s in _buckets(sp, 0, now, width))
        lines.append("%-14s|%s|" % (t["name"][:14], row))
    lines.append("%-14s 0%s%.3f s" % ("", " " * (width - 6), now / 1e9))
    lines.append("  # running  . waiting for the GIL  _ blocked  = native (GIL released)")
    return "\n".join(lines)


def format_stats(threads):
    rows = ["%-16s %8s %9s %9s %11s %7s %9s" % ("thread", "acquired", "held s", "waited s",
                                              "longest ms", "forced", "voluntary")]
    total = sum(t["held"] for t in threads) or 1.0
    for t in threads:
        rows.append("%-16s %8d %9.3f %9.3f %11.2f %7d %9d   %5.1f%% of the GIL time" % (
            t["name"][:16], t["acquisitions"], t["held"], t["waited"], t["longest_wait"] * 1000,
            t["forced_drops"], t["voluntary_drops"], 100.0 * t["held"] / total))
    return "\n".join(rows)


def _escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _nice_step(total_s, ticks=8):
    raw = total_s / ticks if total_s > 0 else 0.001
    step = 10 ** int(("%e" % raw).split("e")[1])
    for m in (1, 2, 5, 10):
        if raw <= m * step:
            return m * step
    return 10 * step


def svg_timeline(snap, title="GIL timeline", plot_width=1000):
    """A self-contained SVG picture: a row per thread, coloured by state,
    ticks for forced switches, a time axis and a summary."""
    now = snap["now"]
    threads = snap["threads"]
    label_w, row_h, top = 150, 24, 50
    height = top + row_h * len(threads) + 40 + 20 * (len(threads) + 3)
    width = label_w + plot_width + 20
    px = lambda t: label_w + plot_width * t / now if now else label_w
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="sans-serif" font-size="12">' % (width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="20" font-size="15" font-weight="bold">%s</text>' % _escape(title)]
    x = label_w
    for name, (colour, text) in STATES.items():
        out.append('<rect x="%d" y="30" width="12" height="12" fill="%s"/>' % (x, colour))
        out.append('<text x="%d" y="41">%s</text>' % (x + 16, _escape(text)))
        x += 16 + 7 * len(text) + 20
    out.append('<line x1="%d" y1="30" x2="%d" y2="42" stroke="black"/>' % (x, x))
    out.append('<text x="%d" y="41">forced switch</text>' % (x + 5))
    for i, t in enumerate(threads):
        y = top + i * row_h
        out.append('<text x="10" y="%d">%s</text>' % (y + 16, _escape(t["name"][:20])))
        sp, markers = spans(t, now)
        cols = _buckets(sp, 0, now, plot_width)
        start = 0
        for c in range(1, plot_width + 1):
            if c == plot_width or cols[c] != cols[start]:
                if cols[start] is not None:
                    out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>' % (
                        label_w + start, y + 3, c - start, row_h - 6, STATES[cols[start]][0]))
                start = c
        seen = set()
        for tm, kind in markers:
            if kind != "forced_drop":
                continue
            mx = int(px(tm))
            if mx in seen:
                continue
            seen.add(mx)
            out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black" stroke-width="1"/>' % (
                mx, y, mx, y + 5))
    axis_y = top + row_h * len(threads) + 8
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (
        label_w, axis_y, label_w + plot_width, axis_y))
    total_s = now / 1e9
    step = _nice_step(total_s)
    k = 0
    while k * step <= total_s + 1e-12:
        tx = px(k * step * 1e9)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="black"/>' % (tx, axis_y, tx, axis_y + 5))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%g s</text>' % (tx, axis_y + 18, round(k * step, 9)))
        k += 1
    y = axis_y + 40
    for line in format_stats(threads).split("\n"):
        out.append('<text x="10" y="%d" font-family="monospace" xml:space="preserve">%s</text>' % (y, _escape(line)))
        y += 20
    out.append("</svg>")
    return "\n".join(out) + "\n"


def trace_events(snap):
    """Chrome trace-event JSON (Perfetto, chrome://tracing): a track per thread."""
    pid = snap["pid"]
    ev = [{"name": "process_name", "ph": "M", "pid": pid, "tid": 0, "args": {"name": "gilpy %d" % pid}}]
    for t in snap["threads"]:
        tid = t["native_id"] or t["ident"]
        ev.append({"name": "thread_name", "ph": "M", "pid": pid, "tid": tid, "args": {"name": t["name"]}})
        sp, markers = spans(t, snap["now"])
        for state, a, b in sp:
            ev.append({"name": state, "cat": "gil", "ph": "X", "pid": pid, "tid": tid,
                       "ts": a / 1000.0, "dur": (b - a) / 1000.0})
        for tm, kind in markers:
            ev.append({"name": kind, "cat": "gil", "ph": "i", "s": "t", "pid": pid, "tid": tid,
                       "ts": tm / 1000.0})
    return _json({"traceEvents": ev, "displayTimeUnit": "ms"})


def _json(v):
    """JSON text for dicts, lists, strings and numbers (no json module yet)."""
    if isinstance(v, dict):
        return "{" + ", ".join(_json(str(k)) + ": " + _json(x) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_json(x) for x in v) + "]"
    if isinstance(v, str):
        out = []
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ord(ch) < 0x20:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return "%.3f" % v
    return str(v)


def write(snap, path):
    """Writes a picture (.svg, .html), a trace (.json) or text (.txt)."""
    if path.endswith(".json"):
        text = trace_events(snap)
    elif path.endswith(".html"):
        text = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>GIL timeline</title></head>"
                "<body>\n" + svg_timeline(snap) + "</body></html>\n")
    elif path.endswith(".txt"):
        text = text_timeline(snap) + "\n\n" + format_stats(snap["threads"]) + "\n"
    else:
        text = svg_timeline(snap)
    with open(path, "w") as f:
        f.write(text)


class record:
    """with gil.record(path): ... records the block and writes the result
    (path None: keep it in .snapshot only)."""

    def __init__(self, path=None):
        self.path = path
        self.snapshot = None

    def __enter__(self):
        _gil.start(True)
        _gil.reset()
        return self

    def __exit__(self, *exc):
        self.snapshot = _gil.snapshot(True)
        if self.path is not None:
            write(self.snapshot, self.path)
        return False


def _at_exit(options):
    """Called by the interpreter at exit for -X gil-timeline/gil-trace/gil-stats.
    A forked worker writes beside its parent: run.svg -> run.<pid>.svg."""
    import sys
    snap = _gil.snapshot(True)
    child = _gil.forked()
    for opt in options:
        name, _, value = opt.partition("=")
        if name in ("gil-timeline", "gil-trace") and value:
            if child:
                stem, dot, ext = value.rpartition(".")
                value = "%s.%d.%s" % (stem, snap["pid"], ext) if dot else "%s.%d" % (value, snap["pid"])
            write(snap, value)
        elif name == "gil-stats":
            sys.stderr.write(format_stats(snap["threads"]) + "\n")
