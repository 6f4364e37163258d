// str_methods.cpp — the methods of str (split, strip, find, upper, ...),
// with CPython 3.11's semantics and error messages.
//
// Index arguments and results are in code points. ASCII strings (the common
// case) work directly on bytes; other strings convert code point indices to
// UTF-8 byte offsets, search the bytes (UTF-8 is self-synchronising, so a
// byte match is a code point match), and convert back.
//
// Case mappings and character classes come from the generated Unicode 14
// tables (unicode_db.hpp), full mappings included ('ß'.upper() == 'SS') and
// the final-sigma rule of lower(); locale-sensitive mappings (Turkish i) are,
// as in CPython, not applied.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/unicode_db.hpp"

namespace gilpy {

Ref str_format_map_method(Value self, const Value* args, size_t nargs, Tuple* kwnames);

namespace {

using Args = const Value*;

std::vector<uint32_t> to_cps(Str* s) {
  std::vector<uint32_t> out;
  out.reserve(size_t(s->length));
  for (int64_t i = 0; i < s->size;) {
    int nb;
    out.push_back(utf8_decode(s->data + i, &nb));
    i += nb;
  }
  return out;
}


// The str for bytes [b0, b1) of s: s itself when that is all of it.
// (The check is inline at every call site, the copy is not: the calls that
// return s itself, such as a strip() with nothing to strip, stay cheap.)
[[gnu::noinline]] Ref substr_copy(Str* s, size_t b0, size_t b1) {
  if (s->ascii) return str_ascii_n(s->data + b0, b1 - b0);
  return str_new(std::string_view(s->data + b0, b1 - b0));
}
[[gnu::always_inline]] inline Ref substr_bytes(Str* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == size_t(s->size) && s->type == &StrType) return Ref::borrow(s);
  return substr_copy(s, b0, b1);
}

inline Ref self_or_copy(Value self) {
  if (is_exact_str(self)) return Ref::borrow(self);
  return str_exact(self);
}

Ref tuple3(Ref a, Ref b, Ref c) {
  Ref t = tuple_new(3);
  Tuple* tp = as_tuple(t.get());
  tp->items[0] = a.release();
  tp->items[1] = b.release();
  tp->items[2] = c.release();
  return t;
}

// The pieces of a split, held until the end so that the list is allocated
// once at its final size (no regrowth per piece). Up to kInline pieces need
// no heap buffer at all.
class Pieces {
 public:
  Pieces() {}   // inline_ stays uninitialised: only [0, n_) is ever read
  Pieces(const Pieces&) = delete;
  Pieces& operator=(const Pieces&) = delete;
  ~Pieces() {
    for (size_t i = 0; i < std::min(n_, kInline); ++i) decref(inline_[i]);
    for (Value v : more_) decref(v);
  }
  void push(Ref piece) {
    if (n_ < kInline) [[likely]] inline_[n_] = piece.release();
    else spill(piece.release());
    ++n_;
  }
  // The list of the pieces, in push order or reversed (rsplit collects from the end).
  Ref to_list(bool reversed = false) {
    Ref list = list_new(n_);
    Value* items = as_list(list.get())->items;
    for (size_t i = 0; i < n_; ++i) items[reversed ? n_ - 1 - i : i] = at(i);
    n_ = 0;
    more_.clear();
    return list;
  }

 private:
  static constexpr size_t kInline = 32;
  Value at(size_t i) const { return i < kInline ? inline_[i] : more_[i - kInline]; }
  [[gnu::noinline]] void spill(Value v) { more_.push_back(v); }
  union {
    Value inline_[kInline];
  };
  std::vector<Value> more_;
  size_t n_ = 0;
};

// ----------------------------------------------------------- whitespace

// str's whitespace in ASCII: \t \n \v \f \r, \x1c-\x1f and space (CPython's
// str.isspace also counts the information separators \x1c-\x1f).
constexpr bool ascii_ws(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F); }

// The same as a byte table for the scanning loops; bytes >= 0x80 are not in it
// (they start or continue a multi-byte character and need decoding).
struct ByteClass {
  bool in[256];
};
constexpr ByteClass make_ws_class() {
  ByteClass t{};
  for (int c = 0; c < 128; ++c) t.in[c] = ascii_ws(static_cast<unsigned char>(c));
  return t;
}
constexpr ByteClass kAsciiWs = make_ws_class();

// A set of ASCII characters (strip's `chars` when it is ASCII) as a bitmap.
// Bytes >= 0x80 are never members, so a scan of UTF-8 text stops at the
// first non-ASCII character, which cannot be in the set either.
struct AsciiSet {
  uint64_t bits[4] = {0, 0, 0, 0};
  explicit AsciiSet(std::string_view chars) {
    for (char c : chars) bits[static_cast<unsigned char>(c) >> 6] |= uint64_t(1) << (c & 63);
  }
  bool has(unsigned char c) const { return (bits[c >> 6] >> (c & 63)) & 1; }
};

// Whether the code point at byte i is whitespace; *len gets its byte length.
inline bool ws_at(const char* d, size_t i, size_t* len) {
  auto c = static_cast<unsigned char>(d[i]);
  if (c < 0x80) {
    *len = 1;
    return ascii_ws(c);
  }
  int nb;
  uint32_t cp = utf8_decode(d + i, &nb);
  *len = size_t(nb);
  return unicode_isspace(cp);
}

// Same for the code point ending at byte i (i > 0).
inline bool ws_before(const char* d, size_t i, size_t* len) {
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(d[k]) & 0xC0) == 0x80) --k;
  bool r = ws_at(d, k, len);
  *len = i - k;
  return r;
}

int64_t maxsplit_arg(Value v) { return v.is_null() ? -1 : size_arg(v); }

Str* sep_arg(Value v) {
  if (v.is_null() || v.is_none()) return nullptr;
  if (!is_str_value(v)) type_error("must be str or None, not " + type_name(v));
  Str* s = as_str(v);
  if (s->size == 0) value_error("empty separator");
  return s;
}

// Whether the character at byte i is whitespace; *len gets its byte length.
// Ascii: the caller knows the text is ASCII, so one table look-up decides.
template <bool Ascii>
inline bool space_at(const char* d, size_t i, size_t* len) {
  if constexpr (Ascii) {
    *len = 1;
    return kAsciiWs.in[static_cast<unsigned char>(d[i])];
  } else {
    return ws_at(d, i, len);
  }
}
template <bool Ascii>
inline bool space_before(const char* d, size_t i, size_t* len) {
  if constexpr (Ascii) {
    *len = 1;
    return kAsciiWs.in[static_cast<unsigned char>(d[i - 1])];
  } else {
    return ws_before(d, i, len);
  }
}

// Index of the first whitespace byte of ASCII text d[i..n), or n. Eight
// bytes at a time: every ASCII whitespace byte is below 0x21, and
// (w - 0x21...) & ~w flags the bytes below 0x21 (exactly for the lowest one;
// higher flags may be false, so each flagged byte is checked in the table).
inline size_t next_ascii_space(const char* d, size_t i, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kTops = 0x8080808080808080ull;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, d + i, 8);
    for (uint64_t low = (w - 0x21 * kOnes) & ~w & kTops; low; low &= low - 1) {
      size_t k = i + size_t(__builtin_ctzll(low) >> 3);
      if (kAsciiWs.in[static_cast<unsigned char>(d[k])]) return k;
    }
  }
  while (i < n && !kAsciiWs.in[static_cast<unsigned char>(d[i])]) ++i;
  return i;
}

template <bool Ascii>
Ref split_ws_impl(Str* s, int64_t maxsplit) {
  Pieces out;
  const char* d = s->data;
  size_t n = size_t(s->size), i = 0, len;
  for (;;) {
    while (i < n && space_at<Ascii>(d, i, &len)) i += len;
    if (i >= n) break;
    if (maxsplit == 0) {
      out.push(substr_bytes(s, i, n));
      break;
    }
    size_t j = i;
    if constexpr (Ascii) j = next_ascii_space(d, i + 1, n);
    else while (j < n && !space_at<Ascii>(d, j, &len)) j += len;
    out.push(substr_bytes(s, i, j));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  return out.to_list();
}

Ref split_ws(Str* s, int64_t maxsplit) {
  return s->ascii ? split_ws_impl<true>(s, maxsplit) : split_ws_impl<false>(s, maxsplit);
}

template <bool Ascii>
Ref rsplit_ws_impl(Str* s, int64_t maxsplit) {
  Pieces out;
  const char* d = s->data;
  size_t i = size_t(s->size), len;
  for (;;) {
    while (i > 0 && space_before<Ascii>(d, i, &len)) i -= len;
    if (i == 0) break;
    if (maxsplit == 0) {
      out.push(substr_bytes(s, 0, i));
      break;
    }
    size_t j = i;
    while (j > 0 && !space_before<Ascii>(d, j, &len)) j -= len;
    out.push(substr_bytes(s, j, i));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  return out.to_list(true);
}

Ref rsplit_ws(Str* s, int64_t maxsplit) {
  return s->ascii ? rsplit_ws_impl<true>(s, maxsplit) : rsplit_ws_impl<false>(s, maxsplit);
}

// Byte offset of the next occurrence of p in v at or after `from`, or npos.
// One-byte separators (the usual '\n', ',', ' ') go straight to memchr.
inline size_t find_sep(std::string_view v, std::string_view p, size_t from) {
  if (p.size() == 1) {
    if (from >= v.size()) return std::string_view::npos;
    const void* hit = std::memchr(v.data() + from, p[0], v.size() - from);
    return hit ? size_t(static_cast<const char*>(hit) - v.data()) : std::string_view::npos;
  }
  return v.find(p, from);
}

Ref split_sep(Str* s, Str* sep, int64_t maxsplit) {
  Pieces out;
  std::string_view v = s->view(), p = sep->view();
  size_t i = 0;
  while (maxsplit != 0) {
    size_t k = find_sep(v, p, i);
    if (k == std::string_view::npos) break;
    out.push(substr_bytes(s, i, k));
    i = k + p.size();
    if (maxsplit > 0) --maxsplit;
  }
  out.push(substr_bytes(s, i, v.size()));
  return out.to_list();
}

Ref rsplit_sep(Str* s, Str* sep, int64_t maxsplit) {
  Pieces out;
  std::string_view v = s->view(), p = sep->view();
  size_t end = v.size();
  while (maxsplit != 0 && end >= p.size()) {
    size_t k = v.substr(0, end).rfind(p);
    if (k == std::string_view::npos) break;
    out.push(substr_bytes(s, k + p.size(), end));
    end = k;
    if (maxsplit > 0) --maxsplit;
  }
  out.push(substr_bytes(s, 0, end));
  return out.to_list(true);
}

// split/rsplit's (sep=None, maxsplit=-1) without the keyword machinery when
// only positionals were passed (the usual `s.split()` / `s.split(",")`).
void split_args(const char* name, Args args, size_t nargs, Tuple* kw, Value out[2]) {
  if ((!kw || kw->size == 0) && nargs <= 2) {
    out[0] = nargs > 0 ? args[0] : Value::null();
    out[1] = nargs > 1 ? args[1] : Value::null();
    return;
  }
  parse_args(name, args, nargs, kw, {"sep", "maxsplit"}, 0, out);
}

Ref m_split(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  split_args("split", args, nargs, kw, a);
  Str* sep = sep_arg(a[0]);
  int64_t maxsplit = maxsplit_arg(a[1]);
  return sep ? split_sep(self_str(self), sep, maxsplit) : split_ws(self_str(self), maxsplit);
}

Ref m_rsplit(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  split_args("rsplit", args, nargs, kw, a);
  Str* sep = sep_arg(a[0]);
  int64_t maxsplit = maxsplit_arg(a[1]);
  return sep ? rsplit_sep(self_str(self), sep, maxsplit) : rsplit_ws(self_str(self), maxsplit);
}

// Line boundaries of str.splitlines: \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029.
// Returns the byte length of the boundary at i (0 if none).
size_t line_break_at(const char* d, size_t i, size_t n) {
  auto c = static_cast<unsigned char>(d[i]);
  if (c == '\r') return i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
  if (c == '\n' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) return 1;
  if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(d[i + 1]) == 0x85) return 2;
  if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(d[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(d[i + 2]) == 0xA8 || static_cast<unsigned char>(d[i + 2]) == 0xA9))
    return 3;
  return 0;
}

Ref m_splitlines(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("splitlines", args, nargs, kw, {"keepends"}, 0, a);
  bool keep = !a[0].is_null() && (a[0].is_bool() ? a[0].is_true() : size_arg(a[0]) != 0);
  Str* s = self_str(self);
  Pieces out;
  size_t n = size_t(s->size), i = 0, start = 0;
  while (i < n) {
    size_t br = line_break_at(s->data, i, n);
    if (!br) {
      ++i;
      continue;
    }
    out.push(substr_bytes(s, start, keep ? i + br : i));
    i += br;
    start = i;
  }
  if (start < n) out.push(substr_bytes(s, start, n));
  return out.to_list();
}

Ref m_join(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "join", nargs, kw, 1, 1);
  Type* t = type_of(args[0]);
  if (!t->iter && !t->getitem) type_error("can only join an iterable");
  return str_join(self, args[0]);
}

// ------------------------------------------------------------------ strip

enum StripWhich { kLeft = 1, kRight = 2, kBoth = 3 };

// strip() keeps [i, j) of the bytes. The hot cases (ASCII whitespace, a
// one- or two-character ASCII `chars` such as ".,") run in strip_method on
// locals; the rest (non-ASCII text or sets, longer sets, errors) in
// strip_general, out of line so that the fast path stays small.

// One or two ASCII characters (the first and the last of `chars`), each
// compared directly: cheaper than building a bitmap for a single call.
struct PairSet {
  char a, b;
  explicit PairSet(const Str* chars) : a(chars->data[0]), b(chars->data[chars->size - 1]) {}
  bool has(char x) const { return x == a || x == b; }
};

template <class InSet>
inline void strip_bytes(const char* d, size_t* i, size_t* j, int which, InSet in_set) {
  size_t a = *i, b = *j;
  if (which & kLeft)
    while (a < b && in_set(static_cast<unsigned char>(d[a]))) ++a;
  if (which & kRight)
    while (b > a && in_set(static_cast<unsigned char>(d[b - 1]))) --b;
  *i = a;
  *j = b;
}

void strip_ws_general(const char* d, size_t* i, size_t* j, int which) {
  size_t len;
  if (which & kLeft)
    while (*i < *j && ws_at(d, *i, &len)) *i += len;
  if (which & kRight)
    while (*j > *i && ws_before(d, *j, &len)) *j -= len;
}

// strip(chars) for a non-ASCII `chars`: compares whole code points.
void strip_cps(Str* s, Str* chars, size_t* i, size_t* j, int which) {
  const char* d = s->data;
  std::vector<uint32_t> set = to_cps(chars);
  auto in_set = [&](size_t at, size_t* l) {
    int nb;
    uint32_t cp = utf8_decode(d + at, &nb);
    *l = size_t(nb);
    return std::find(set.begin(), set.end(), cp) != set.end();
  };
  size_t len;
  if (which & kLeft)
    while (*i < *j && in_set(*i, &len)) *i += len;
  if (which & kRight) {
    while (*j > *i) {
      size_t k = *j - 1;
      while (k > *i && (static_cast<unsigned char>(d[k]) & 0xC0) == 0x80) --k;
      if (!in_set(k, &len)) break;
      *j = k;
    }
  }
}

[[gnu::noinline]] Ref strip_general(Value self, Args args, size_t nargs, Tuple* kw, const char* name,
                                    int which) {
  method_args(self, name, nargs, kw, 0, 1);
  Str* s = self_str(self);
  const char* d = s->data;
  size_t i = 0, j = size_t(s->size);
  if (nargs == 0 || args[0].is_none()) {
    if (s->ascii) strip_bytes(d, &i, &j, which, [](unsigned char c) { return kAsciiWs.in[c]; });
    else strip_ws_general(d, &i, &j, which);
    return substr_bytes(s, i, j);
  }
  if (!is_str_value(args[0])) type_error(std::string(name) + " arg must be None or str");
  Str* chars = as_str(args[0]);
  if (chars->ascii) {
    // Byte-wise: an ASCII set never matches any byte of a multi-byte character.
    AsciiSet set(chars->view());
    strip_bytes(d, &i, &j, which, [&set](unsigned char c) { return set.has(c); });
  } else {
    strip_cps(s, chars, &i, &j, which);
  }
  return substr_bytes(s, i, j);
}

template <int Which>
Ref strip_method(Value self, Args args, size_t nargs, Tuple* kw, const char* name) {
  Str* s = self_str(self);
  if (!s->ascii || (kw && kw->size)) return strip_general(self, args, nargs, kw, name, Which);
  size_t i = 0, j = size_t(s->size);
  if (nargs == 0) {
    strip_bytes(s->data, &i, &j, Which, [](unsigned char c) { return kAsciiWs.in[c]; });
  } else if (nargs == 1 && is_exact_str(args[0]) && as_str(args[0])->ascii &&
             uint64_t(as_str(args[0])->size - 1) < 2) {   // one or two characters
    PairSet set(as_str(args[0]));
    strip_bytes(s->data, &i, &j, Which, [&set](unsigned char c) { return set.has(char(c)); });
  } else {
    return strip_general(self, args, nargs, kw, name, Which);
  }
  return substr_bytes(s, i, j);
}

Ref m_strip(Value self, Args a, size_t n, Tuple* kw) { return strip_method<kBoth>(self, a, n, kw, "strip"); }
Ref m_lstrip(Value self, Args a, size_t n, Tuple* kw) { return strip_method<kLeft>(self, a, n, kw, "lstrip"); }
Ref m_rstrip(Value self, Args a, size_t n, Tuple* kw) { return strip_method<kRight>(self, a, n, kw, "rstrip"); }

// -------------------------------------------------------- search family

// Byte range of s covering code points [start, end) after CPython's index
// adjustment; false when the range cannot hold `need` code points.
struct Span {
  int64_t start, end;   // code points
  size_t b0, b1;        // bytes
};

bool resolve_span(Str* s, Value vstart, Value vend, int64_t need, Span* sp) {
  int64_t start = slice_arg(vstart, 0), end = slice_arg(vend, s->length);
  adjust_indices(start, end, s->length);
  if (end - start < need) return false;
  sp->start = start;
  sp->end = end;
  sp->b0 = str_byte_offset(s, start);
  sp->b1 = s->ascii ? size_t(end) : sp->b0 + utf8_offset(s->view().substr(sp->b0), end - start);
  return true;
}

// find / rfind core: code point index or -1.
int64_t find_impl(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  method_args(self, name, nargs, kw, 1, 3, true);
  Str* s = self_str(self);
  Str* sub = expect_str(args[0]);
  Span sp;
  if (!resolve_span(s, nargs > 1 ? args[1] : Value::null(), nargs > 2 ? args[2] : Value::null(),
                    sub->length, &sp))
    return -1;
  std::string_view hay = s->view().substr(sp.b0, sp.b1 - sp.b0);
  size_t k = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
  if (k == std::string_view::npos) return -1;
  return sp.start + (s->ascii ? int64_t(k) : utf8_count(hay.data(), k));
}

Ref m_find(Value self, Args a, size_t n, Tuple* kw) {
  return int_from_i64(find_impl(self, a, n, kw, "find", false));
}
Ref m_rfind(Value self, Args a, size_t n, Tuple* kw) {
  return int_from_i64(find_impl(self, a, n, kw, "rfind", true));
}
Ref m_index(Value self, Args a, size_t n, Tuple* kw) {
  int64_t r = find_impl(self, a, n, kw, "index", false);
  if (r < 0) value_error("substring not found");
  return int_from_i64(r);
}
Ref m_rindex(Value self, Args a, size_t n, Tuple* kw) {
  int64_t r = find_impl(self, a, n, kw, "rindex", true);
  if (r < 0) value_error("substring not found");
  return int_from_i64(r);
}

Ref m_count(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "count", nargs, kw, 1, 3, true);
  Str* s = self_str(self);
  Str* sub = expect_str(args[0]);
  Span sp;
  if (!resolve_span(s, nargs > 1 ? args[1] : Value::null(), nargs > 2 ? args[2] : Value::null(),
                    sub->length, &sp))
    return int_from_i64(0);
  if (sub->size == 0) return int_from_i64(sp.end - sp.start + 1);
  std::string_view hay = s->view().substr(sp.b0, sp.b1 - sp.b0), p = sub->view();
  int64_t count = 0;
  for (size_t k = hay.find(p); k != std::string_view::npos; k = hay.find(p, k + p.size())) ++count;
  return int_from_i64(count);
}

bool tail_match(Str* s, Str* sub, Value vstart, Value vend, bool at_end) {
  int64_t start = slice_arg(vstart, 0), end = slice_arg(vend, s->length);
  adjust_indices(start, end, s->length);
  if (end - sub->length < start) return false;
  if (sub->size == 0) return true;
  size_t b0 = str_byte_offset(s, start), b1 = str_byte_offset(s, end);
  std::string_view hay = s->view().substr(b0, b1 - b0);
  return at_end ? hay.ends_with(sub->view()) : hay.starts_with(sub->view());
}

[[gnu::noinline]] Ref starts_ends_general(Value self, Args args, size_t nargs, Tuple* kw, const char* name,
                                          bool at_end) {
  method_args(self, name, nargs, kw, 1, 3, true);
  Str* s = self_str(self);
  Value p = args[0];
  Value start = nargs > 1 ? args[1] : Value::null(), end = nargs > 2 ? args[2] : Value::null();
  if (isinstance_of(p, &TupleType)) {
    Tuple* t = as_tuple(p);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_str_value(t->items[i]))
        type_error(std::string("tuple for ") + name + " must only contain str, not " +
                   type_name(t->items[i]));
      if (tail_match(s, as_str(t->items[i]), start, end, at_end)) return Ref::boolean(true);
    }
    return Ref::boolean(false);
  }
  if (!is_str_value(p))
    type_error(std::string(name) + " first arg must be str or a tuple of str, not " + type_name(p));
  return Ref::boolean(tail_match(s, as_str(p), start, end, at_end));
}

// The common s.startswith("x") is decided here; tuples, bounds and errors
// go to starts_ends_general.
[[gnu::always_inline]] inline Ref starts_ends(Value self, Args args, size_t nargs, Tuple* kw, const char* name,
                                              bool at_end) {
  if (nargs == 1 && (!kw || kw->size == 0) && is_str_value(args[0])) {
    // Whole string: a byte prefix/suffix of UTF-8 is a code point one.
    Str* s = self_str(self);
    Str* sub = as_str(args[0]);
    if (sub->size > s->size) return Ref::boolean(false);
    const char* at = at_end ? s->data + (s->size - sub->size) : s->data;
    return Ref::boolean(bytes_equal_short(at, sub->data, size_t(sub->size)));
  }
  return starts_ends_general(self, args, nargs, kw, name, at_end);
}

Ref m_startswith(Value self, Args a, size_t n, Tuple* kw) {
  return starts_ends(self, a, n, kw, "startswith", false);
}
Ref m_endswith(Value self, Args a, size_t n, Tuple* kw) {
  return starts_ends(self, a, n, kw, "endswith", true);
}

// ---------------------------------------------------------------- replace

// replace() with an empty `old`: `new` before every code point and at the
// end, at most `count` times.
Ref replace_empty(Str* s, Str* neu, int64_t count) {
  std::string_view v = s->view(), nv = neu->view();
  std::string out;
  int64_t done = 0;
  size_t i = 0;
  while (done < count && i <= v.size()) {
    out += nv;
    ++done;
    if (i == v.size()) {
      i = v.size() + 1;
      break;
    }
    int nb;
    utf8_decode(v.data() + i, &nb);
    out.append(v.data() + i, size_t(nb));
    i += size_t(nb);
  }
  if (i < v.size()) out.append(v.data() + i, v.size() - i);
  return str_from_buf(out, s->length + done * neu->length);
}

Ref m_replace(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "replace", nargs, kw, 2, 3);
  Str* s = self_str(self);
  Str* old = expect_str(args[0], "replace() argument 1 ");
  Str* neu = expect_str(args[1], "replace() argument 2 ");
  int64_t count = nargs > 2 ? size_arg(args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  if (old->size == 0) return replace_empty(s, neu, count);
  std::string_view v = s->view(), o = old->view();
  // Count the matches first, so the result is allocated once at its size.
  int64_t matches = 0;
  for (size_t k = find_sep(v, o, 0); k != std::string_view::npos && matches < count;
       k = find_sep(v, o, k + o.size()))
    ++matches;
  if (matches == 0) return self_or_copy(self);
  int64_t delta = neu->size - old->size;
  size_t total = size_t(s->size + matches * delta);
  if (total == 0) return Ref::steal(empty_str());
  Str* r = str_alloc(&StrType, total);
  Ref result = Ref::steal(r);
  char* p = r->data;
  size_t i = 0;
  for (int64_t m = 0; m < matches; ++m) {
    size_t k = find_sep(v, o, i);
    std::memcpy(p, v.data() + i, k - i);
    p += k - i;
    std::memcpy(p, neu->data, size_t(neu->size));
    p += neu->size;
    i = k + o.size();
  }
  std::memcpy(p, v.data() + i, v.size() - i);
  // A one-character result is the cached singleton, as str_new gives.
  if (total <= 2) return str_new(std::string_view(r->data, total));
  result.release();
  return str_finish(r, s->length + matches * (neu->length - old->length));
}

// ------------------------------------------------------------ case mapping

// CPython's Final_Sigma context: a capital sigma preceded by a cased letter
// (skipping case-ignorables) and not followed by one lowercases to 'ς'.
uint32_t lower_sigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  uint32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = cps[--j];
    if (!unicode_has(c, kUniCaseIgnorable)) {
      found = true;
      break;
    }
  }
  bool final_sigma = found && unicode_has(c, kUniCased);
  if (final_sigma) {
    size_t k = i + 1;
    for (; k < cps.size(); ++k)
      if (!unicode_has(cps[k], kUniCaseIgnorable)) break;
    final_sigma = k == cps.size() || !unicode_has(cps[k], kUniCased);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

void append_mapped(std::string& out, const std::vector<uint32_t>& cps, size_t i, CaseMap how) {
  if (how == CaseMap::Lower && cps[i] == 0x3A3) {
    utf8_append(out, lower_sigma(cps, i));
    return;
  }
  uint32_t m[3];
  int n = unicode_case_map(cps[i], how, m);
  for (int k = 0; k < n; ++k) utf8_append(out, m[k]);
}

}  // namespace

std::string str_case_convert(Str* s, CaseMap how) {
  if (s->ascii) {
    std::string out(s->view());
    if (how == CaseMap::Upper) {
      for (char& c : out) if (c >= 'a' && c <= 'z') c = char(c - 32);
    } else if (how == CaseMap::Title) {
      bool prev_cased = false;
      for (char& c : out) {
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        if (prev_cased && upper) c = char(c + 32);
        else if (!prev_cased && lower) c = char(c - 32);
        prev_cased = lower || upper;
      }
    } else {
      for (char& c : out) if (c >= 'A' && c <= 'Z') c = char(c + 32);
    }
    return out;
  }
  std::vector<uint32_t> cps = to_cps(s);
  std::string out;
  out.reserve(size_t(s->size));
  if (how == CaseMap::Title) {
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); ++i) {
      append_mapped(out, cps, i, prev_cased ? CaseMap::Lower : CaseMap::Title);
      prev_cased = unicode_has(cps[i], kUniCased);
    }
    return out;
  }
  for (size_t i = 0; i < cps.size(); ++i) append_mapped(out, cps, i, how);
  return out;
}

namespace {

Ref case_result(Value self, Str* s, std::string out) {
  if (s->ascii) {
    if (out == s->view()) return self_or_copy(self);
    return str_from_ascii(out);
  }
  return str_new(out);
}

// lower()/upper() of ASCII text: letters in [first, first + 26) flip case
// (bit 0x20). Text without such letters comes back as itself, unchanged
// text being the common case ("word".lower()); otherwise the result is
// written straight into the new str.

// Index of the first byte in [first, first + 26), or n.
inline size_t ascii_find_in_range(const unsigned char* u, size_t n, unsigned char first) {
  size_t i = 0;
  // Eight bytes at a time: for ASCII bytes, adding 0x80 - first sets a
  // byte's top bit iff it is >= first, adding 0x80 - (first + 26) iff it is
  // past the range (no carries between bytes: they are all < 0x80).
  constexpr uint64_t kOnes = 0x0101010101010101ull, kTops = 0x8080808080808080ull;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, u + i, 8);
    uint64_t at_least = w + (0x80 - first) * kOnes, past = w + (0x80 - first - 26) * kOnes;
    if (at_least & ~past & kTops) break;
  }
  if (i + 4 <= n) {   // the same on four bytes (most words are short)
    uint32_t w;
    std::memcpy(&w, u + i, 4);
    uint32_t at_least = w + (0x80 - first) * uint32_t(kOnes), past = w + (0x80 - first - 26) * uint32_t(kOnes);
    if (!(at_least & ~past & uint32_t(kTops))) i += 4;
  }
  while (i < n && static_cast<unsigned char>(u[i] - first) >= 26) ++i;
  return i;
}

// The flipped copy, given the first byte that changes.
[[gnu::noinline]] Ref ascii_flip_copy(Str* s, size_t i, unsigned char first) {
  const auto* u = reinterpret_cast<const unsigned char*>(s->data);
  size_t n = size_t(s->size);
  if (n == 1) return Ref::steal(latin1_char(u[0] ^ 0x20));
  Str* o = str_alloc(&StrType, n);
  std::memcpy(o->data, u, i);
  for (; i < n; ++i) {
    unsigned char c = u[i];
    o->data[i] = char(static_cast<unsigned char>(c - first) < 26 ? c ^ 0x20 : c);
  }
  return str_finish(o, int64_t(n));
}

inline Ref ascii_flip_case(Value self, Str* s, unsigned char first) {
  size_t n = size_t(s->size);
  size_t i = ascii_find_in_range(reinterpret_cast<const unsigned char*>(s->data), n, first);
  if (i == n) return self_or_copy(self);
  return ascii_flip_copy(s, i, first);
}

// Everything but the ASCII lower/upper/casefold fast path, out of line.
[[gnu::noinline]] Ref case_general(Value self, size_t nargs, Tuple* kw, const char* name, CaseMap how) {
  method_args(self, name, nargs, kw, 0, 0);
  Str* s = self_str(self);
  if (s->ascii && how != CaseMap::Title) return ascii_flip_case(self, s, how == CaseMap::Upper ? 'a' : 'A');
  return case_result(self, s, str_case_convert(s, how));
}

[[gnu::always_inline]] inline Ref case_method(Value self, size_t nargs, Tuple* kw, const char* name, CaseMap how) {
  Str* s = self_str(self);
  if (nargs == 0 && (!kw || kw->size == 0) && s->ascii && how != CaseMap::Title)
    return ascii_flip_case(self, s, how == CaseMap::Upper ? 'a' : 'A');
  return case_general(self, nargs, kw, name, how);
}

Ref m_lower(Value self, Args, size_t n, Tuple* kw) { return case_method(self, n, kw, "lower", CaseMap::Lower); }
Ref m_upper(Value self, Args, size_t n, Tuple* kw) { return case_method(self, n, kw, "upper", CaseMap::Upper); }
Ref m_title(Value self, Args, size_t n, Tuple* kw) { return case_method(self, n, kw, "title", CaseMap::Title); }
Ref m_casefold(Value self, Args, size_t n, Tuple* kw) {
  return case_method(self, n, kw, "casefold", CaseMap::Fold);
}

Ref m_capitalize(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "capitalize", nargs, kw, 0, 0);
  Str* s = self_str(self);
  if (s->size == 0) return self_or_copy(self);
  if (s->ascii) {
    std::string out(s->view());
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 32);
    for (size_t i = 1; i < out.size(); ++i)
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = char(out[i] + 32);
    return case_result(self, s, std::move(out));
  }
  std::vector<uint32_t> cps = to_cps(s);
  std::string out;
  out.reserve(size_t(s->size));
  append_mapped(out, cps, 0, CaseMap::Title);
  for (size_t i = 1; i < cps.size(); ++i) append_mapped(out, cps, i, CaseMap::Lower);
  return case_result(self, s, std::move(out));
}

Ref m_swapcase(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "swapcase", nargs, kw, 0, 0);
  Str* s = self_str(self);
  if (s->ascii) {
    std::string out(s->view());
    for (char& c : out)
      if ((c | 32) >= 'a' && (c | 32) <= 'z') c = char(c ^ 32);
    return case_result(self, s, std::move(out));
  }
  std::vector<uint32_t> cps = to_cps(s);
  std::string out;
  out.reserve(size_t(s->size));
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t f = unicode_flags(cps[i]);
    if (f & kUniUpper) append_mapped(out, cps, i, CaseMap::Lower);
    else if (f & kUniLower) append_mapped(out, cps, i, CaseMap::Upper);
    else utf8_append(out, cps[i]);
  }
  return case_result(self, s, std::move(out));
}

// ------------------------------------------------------------- predicates

// True when every code point has one of `flags` (False for '').
bool all_have(Str* s, uint32_t flags) {
  if (s->size == 0) return false;
  for (int64_t i = 0; i < s->size;) {
    int nb;
    uint32_t cp = utf8_decode(s->data + i, &nb);
    if (!(unicode_flags(cp) & flags)) return false;
    i += nb;
  }
  return true;
}

template <bool (*Ascii)(unsigned char)>
Ref predicate(Value self, size_t nargs, Tuple* kw, const char* name, uint32_t flags) {
  method_args(self, name, nargs, kw, 0, 0);
  Str* s = self_str(self);
  if (s->ascii) {
    if (s->size == 0) return Ref::boolean(false);
    for (int64_t i = 0; i < s->size; ++i)
      if (!Ascii(static_cast<unsigned char>(s->data[i]))) return Ref::boolean(false);
    return Ref::boolean(true);
  }
  return Ref::boolean(all_have(s, flags));
}

bool a_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
bool a_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool a_alnum(unsigned char c) { return a_alpha(c) || a_digit(c); }
bool a_space(unsigned char c) { return ascii_ws(c); }

Ref m_isalpha(Value self, Args, size_t n, Tuple* kw) {
  return predicate<a_alpha>(self, n, kw, "isalpha", kUniAlpha);
}
Ref m_isdigit(Value self, Args, size_t n, Tuple* kw) {
  return predicate<a_digit>(self, n, kw, "isdigit", kUniDigit);
}
Ref m_isdecimal(Value self, Args, size_t n, Tuple* kw) {
  return predicate<a_digit>(self, n, kw, "isdecimal", kUniDecimal);
}
Ref m_isnumeric(Value self, Args, size_t n, Tuple* kw) {
  return predicate<a_digit>(self, n, kw, "isnumeric", kUniNumeric);
}
Ref m_isalnum(Value self, Args, size_t n, Tuple* kw) {
  return predicate<a_alnum>(self, n, kw, "isalnum", kUniAlpha | kUniDecimal | kUniDigit | kUniNumeric);
}
Ref m_isspace(Value self, Args, size_t n, Tuple* kw) {
  return predicate<a_space>(self, n, kw, "isspace", kUniSpace);
}

Ref m_isascii(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "isascii", nargs, kw, 0, 0);
  return Ref::boolean(self_str(self)->ascii);
}

Ref m_isprintable(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "isprintable", nargs, kw, 0, 0);
  Str* s = self_str(self);
  for (int64_t i = 0; i < s->size;) {
    int nb;
    if (!unicode_isprintable(utf8_decode(s->data + i, &nb))) return Ref::boolean(false);
    i += nb;
  }
  return Ref::boolean(true);
}

// isupper / islower: no cased character of the other kinds, at least one of
// this kind.
Ref cased_check(Value self, size_t nargs, Tuple* kw, const char* name, uint32_t want, uint32_t reject) {
  method_args(self, name, nargs, kw, 0, 0);
  Str* s = self_str(self);
  bool cased = false;
  for (int64_t i = 0; i < s->size;) {
    int nb;
    uint32_t f = unicode_flags(utf8_decode(s->data + i, &nb));
    if (f & reject) return Ref::boolean(false);
    if (f & want) cased = true;
    i += nb;
  }
  return Ref::boolean(cased);
}

Ref m_isupper(Value self, Args, size_t n, Tuple* kw) {
  return cased_check(self, n, kw, "isupper", kUniUpper, kUniLower | kUniTitle);
}
Ref m_islower(Value self, Args, size_t n, Tuple* kw) {
  return cased_check(self, n, kw, "islower", kUniLower, kUniUpper | kUniTitle);
}

Ref m_istitle(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "istitle", nargs, kw, 0, 0);
  Str* s = self_str(self);
  bool cased = false, prev_cased = false;
  for (int64_t i = 0; i < s->size;) {
    int nb;
    uint32_t f = unicode_flags(utf8_decode(s->data + i, &nb));
    i += nb;
    if (f & (kUniUpper | kUniTitle)) {
      if (prev_cased) return Ref::boolean(false);
      prev_cased = cased = true;
    } else if (f & kUniLower) {
      if (!prev_cased) return Ref::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Ref::boolean(cased);
}

Ref m_isidentifier(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "isidentifier", nargs, kw, 0, 0);
  Str* s = self_str(self);
  if (s->size == 0) return Ref::boolean(false);
  int nb;
  if (!unicode_has(utf8_decode(s->data, &nb), kUniXidStart)) return Ref::boolean(false);
  for (int64_t i = nb; i < s->size; i += nb)
    if (!unicode_has(utf8_decode(s->data + i, &nb), kUniXidContinue)) return Ref::boolean(false);
  return Ref::boolean(true);
}

// ---------------------------------------------------------------- padding

std::string fill_char(Value v) {
  if (!is_str_value(v)) type_error("The fill character must be a unicode character, not " + type_name(v));
  if (as_str(v)->length != 1) type_error("The fill character must be exactly one character long");
  return std::string(str_view(v));
}

Ref pad(Value self, int64_t left, int64_t right, const std::string& fill) {
  Str* s = self_str(self);
  if (left <= 0 && right <= 0) return self_or_copy(self);
  left = std::max<int64_t>(left, 0);
  right = std::max<int64_t>(right, 0);
  std::string out;
  out.reserve(size_t(s->size) + size_t(left + right) * fill.size());
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->view();
  for (int64_t i = 0; i < right; ++i) out += fill;
  return str_from_buf(out, s->length + left + right);
}

Ref justify(Value self, Args args, size_t nargs, Tuple* kw, const char* name, char how) {
  method_args(self, name, nargs, kw, 1, 2);
  int64_t width = size_arg(args[0]);
  std::string fill = nargs > 1 ? fill_char(args[1]) : " ";
  int64_t marg = width - self_str(self)->length;
  if (marg <= 0) return self_or_copy(self);
  if (how == '<') return pad(self, 0, marg, fill);
  if (how == '>') return pad(self, marg, 0, fill);
  int64_t left = marg / 2 + (marg & width & 1);   // CPython's rounding for odd margins
  return pad(self, left, marg - left, fill);
}

Ref m_center(Value self, Args a, size_t n, Tuple* kw) { return justify(self, a, n, kw, "center", '^'); }
Ref m_ljust(Value self, Args a, size_t n, Tuple* kw) { return justify(self, a, n, kw, "ljust", '<'); }
Ref m_rjust(Value self, Args a, size_t n, Tuple* kw) { return justify(self, a, n, kw, "rjust", '>'); }

Ref m_zfill(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "zfill", nargs, kw, 1, 1);
  Str* s = self_str(self);
  int64_t width = size_arg(args[0]);
  if (width <= s->length) return self_or_copy(self);
  int64_t fill = width - s->length;
  std::string out(size_t(fill), '0');
  out += s->view();
  if (s->size > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
    out[0] = s->data[0];
    out[size_t(fill)] = '0';
  }
  return str_from_buf(out, width);
}

Ref m_expandtabs(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("expandtabs", args, nargs, kw, {"tabsize"}, 0, a);
  int64_t tab = a[0].is_null() ? 8 : size_arg(a[0]);
  Str* s = self_str(self);
  if (s->view().find('\t') == std::string_view::npos) return self_or_copy(self);
  std::string out;
  int64_t col = 0;
  for (int64_t i = 0; i < s->size;) {
    char c = s->data[i];
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
      ++i;
      continue;
    }
    int nb;
    utf8_decode(s->data + i, &nb);
    out.append(s->data + i, size_t(nb));
    i += nb;
    col = (c == '\n' || c == '\r') ? 0 : col + 1;
  }
  return str_new(out);
}

// ------------------------------------------------------------- partition

Ref partition(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  method_args(self, name, nargs, kw, 1, 1);
  Str* s = self_str(self);
  Str* sep = expect_str(args[0]);
  if (sep->size == 0) value_error("empty separator");
  std::string_view v = s->view();
  size_t k = reverse ? v.rfind(sep->view()) : v.find(sep->view());
  if (k == std::string_view::npos) {
    Ref e1 = Ref::steal(empty_str()), e2 = Ref::steal(empty_str());
    if (reverse) return tuple3(std::move(e1), std::move(e2), self_or_copy(self));
    return tuple3(self_or_copy(self), std::move(e1), std::move(e2));
  }
  return tuple3(substr_bytes(s, 0, k), str_exact(Value::object(sep)),
                substr_bytes(s, k + size_t(sep->size), v.size()));
}

Ref m_partition(Value self, Args a, size_t n, Tuple* kw) { return partition(self, a, n, kw, "partition", false); }
Ref m_rpartition(Value self, Args a, size_t n, Tuple* kw) {
  return partition(self, a, n, kw, "rpartition", true);
}

// --------------------------------------------------------- encode, affixes

Ref m_encode(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("encode", args, nargs, kw, {"encoding", "errors"}, 0, a);
  if (!a[0].is_null() && !is_str_value(a[0]))
    type_error("encode() argument 'encoding' must be str, not " + type_name(a[0]));
  if (!a[1].is_null() && !is_str_value(a[1]))
    type_error("encode() argument 'errors' must be str, not " + type_name(a[1]));
  std::string_view enc = a[0].is_null() ? "utf-8" : str_view(a[0]);
  std::string_view err = a[1].is_null() ? "strict" : str_view(a[1]);
  return bytes_new(str_encode(str_view(self), enc, err));
}

Ref m_removeprefix(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "removeprefix", nargs, kw, 1, 1);
  Str* s = self_str(self);
  Str* p = expect_str(args[0], "removeprefix() argument ");
  if (p->size > 0 && s->view().starts_with(p->view())) return substr_bytes(s, size_t(p->size), size_t(s->size));
  return self_or_copy(self);
}

Ref m_removesuffix(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "removesuffix", nargs, kw, 1, 1);
  Str* s = self_str(self);
  Str* p = expect_str(args[0], "removesuffix() argument ");
  if (p->size > 0 && s->view().ends_with(p->view())) return substr_bytes(s, 0, size_t(s->size - p->size));
  return self_or_copy(self);
}

Ref m_format_spec(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "__format__", nargs, kw, 1, 1);
  if (!is_str_value(args[0])) type_error("__format__() argument must be str, not " + type_name(args[0]));
  if (as_str(args[0])->size == 0) return self_or_copy(self);
  return str_new(format_str_spec(str_view(self), str_view(args[0])));
}

// ------------------------------------------------------ maketrans/translate

Ref m_maketrans(Value self, Args args, size_t nargs, Tuple* kw) {
  // Static: self is null, so name the class for the error messages.
  method_args(Value::object(&StrType), "maketrans", nargs, kw, 1, 3);
  Ref d = dict_new();
  if (nargs == 1) {
    if (!isinstance_of(args[0], &DictType))
      type_error("if you give only one argument to maketrans it must be a dict");
    Dict* src = as_dict(args[0]);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (is_str_value(k)) {
        if (as_str(k)->length != 1) value_error("string keys in translate table must be of length 1");
        Ref key = int_from_i64(str_char_at(as_str(k), 0));
        dict_set(as_dict(d.get()), key.get(), v);
      } else if (is_int(k)) {
        dict_set(as_dict(d.get()), k, v);
      } else {
        type_error("keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  if (!is_str_value(args[0]))
    type_error("first maketrans argument must be a string if there is a second argument");
  Str* y = expect_str(args[1], "maketrans() argument 2 ");
  Str* x = as_str(args[0]);
  if (x->length != y->length) value_error("the first two maketrans arguments must have equal length");
  std::vector<uint32_t> xs = to_cps(x), ys = to_cps(y);
  for (size_t i = 0; i < xs.size(); ++i) {
    Ref k = int_from_i64(xs[i]), v = int_from_i64(ys[i]);
    dict_set(as_dict(d.get()), k.get(), v.get());
  }
  if (nargs == 3) {
    Str* z = expect_str(args[2], "maketrans() argument 3 ");
    for (uint32_t cp : to_cps(z)) {
      Ref k = int_from_i64(cp);
      dict_set(as_dict(d.get()), k.get(), Value::none());
    }
  }
  return d;
}

// What translate() does with one code point: keep it, delete it, or
// replace it with some text.
struct TransEntry {
  enum Kind : uint8_t { Unknown, Keep, Delete, Replace } kind = Unknown;
  std::string text;
};

TransEntry lookup_translation(Value table, uint32_t cp) {
  TransEntry e;
  Ref key = int_from_i64(cp);
  Ref v;
  try {
    v = getitem(table, key.get());
  } catch (PyError& err) {
    if (!err.matches(LookupError_)) throw;
    e.kind = TransEntry::Keep;
    return e;
  }
  Value r = v.get();
  if (r.is_none()) {
    e.kind = TransEntry::Delete;
  } else if (is_int(r)) {
    Value iv = int_value(r);
    if (!int_fits_i64(iv) || int_as_i64(iv) < 0 || int_as_i64(iv) > 0x10FFFF)
      value_error("character mapping must be in range(0x110000)");
    e.kind = TransEntry::Replace;
    utf8_append(e.text, uint32_t(int_as_i64(iv)));
  } else if (is_str_value(r)) {
    e.kind = TransEntry::Replace;
    e.text = std::string(str_view(r));
  } else {
    type_error("character mapping must return integer, None or str");
  }
  return e;
}

Ref m_translate(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "translate", nargs, kw, 1, 1);
  Str* s = self_str(self);
  TransEntry ascii[128];   // one table look-up per distinct ASCII character
  std::string out;
  out.reserve(size_t(s->size));
  for (int64_t i = 0; i < s->size;) {
    int nb;
    uint32_t cp = utf8_decode(s->data + i, &nb);
    TransEntry local;
    TransEntry* e = cp < 128 ? &ascii[cp] : &local;
    if (e->kind == TransEntry::Unknown) *e = lookup_translation(args[0], cp);
    if (e->kind == TransEntry::Keep) out.append(s->data + i, size_t(nb));
    else if (e->kind == TransEntry::Replace) out += e->text;
    i += nb;
  }
  return str_new(out);
}

// ---------------------------------------------------------------- format

Ref m_format(Value self, Args args, size_t nargs, Tuple* kw) {
  return str_format_method(self, args, nargs, kw);
}

}  // namespace

extern const MethodDef kStrMethods[] = {
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"splitlines", m_splitlines},
    {"join", m_join},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"replace", m_replace},
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"rindex", m_rindex},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"upper", m_upper},
    {"lower", m_lower},
    {"title", m_title},
    {"capitalize", m_capitalize},
    {"swapcase", m_swapcase},
    {"casefold", m_casefold},
    {"isdigit", m_isdigit},
    {"isdecimal", m_isdecimal},
    {"isnumeric", m_isnumeric},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isspace", m_isspace},
    {"isupper", m_isupper},
    {"islower", m_islower},
    {"istitle", m_istitle},
    {"isidentifier", m_isidentifier},
    {"isprintable", m_isprintable},
    {"isascii", m_isascii},
    {"center", m_center},
    {"ljust", m_ljust},
    {"rjust", m_rjust},
    {"zfill", m_zfill},
    {"partition", m_partition},
    {"rpartition", m_rpartition},
    {"expandtabs", m_expandtabs},
    {"encode", m_encode},
    {"format", m_format},
    {"format_map", str_format_map_method},
    {"maketrans", m_maketrans, kMethStatic},
    {"translate", m_translate},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"__format__", m_format_spec},
    {nullptr, nullptr},
};

}  // namespace gilpy
