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
Ref substr_bytes(Str* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == size_t(s->size) && s->type == &StrType) return Ref::borrow(s);
  std::string_view v(s->data + b0, b1 - b0);
  return s->ascii ? str_from_ascii(v) : str_new(v);
}

Ref self_or_copy(Value self) { return str_exact(self); }

Ref tuple3(Ref a, Ref b, Ref c) {
  Ref t = tuple_new(3);
  Tuple* tp = as_tuple(t.get());
  tp->items[0] = a.release();
  tp->items[1] = b.release();
  tp->items[2] = c.release();
  return t;
}

void append_to(Value list, Ref item) { list_append(list, item.get()); }

// ----------------------------------------------------------- whitespace

inline bool ascii_ws(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F); }

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

Ref split_ws(Str* s, int64_t maxsplit) {
  Ref list = list_new();
  const char* d = s->data;
  size_t n = size_t(s->size), i = 0, len;
  for (;;) {
    while (i < n && ws_at(d, i, &len)) i += len;
    if (i >= n) break;
    if (maxsplit == 0) {
      append_to(list.get(), substr_bytes(s, i, n));
      break;
    }
    size_t j = i;
    while (j < n && !ws_at(d, j, &len)) j += len;
    append_to(list.get(), substr_bytes(s, i, j));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  return list;
}

Ref rsplit_ws(Str* s, int64_t maxsplit) {
  std::vector<Ref> parts;
  const char* d = s->data;
  size_t i = size_t(s->size), len;
  for (;;) {
    while (i > 0 && ws_before(d, i, &len)) i -= len;
    if (i == 0) break;
    if (maxsplit == 0) {
      parts.push_back(substr_bytes(s, 0, i));
      break;
    }
    size_t j = i;
    while (j > 0 && !ws_before(d, j, &len)) j -= len;
    parts.push_back(substr_bytes(s, j, i));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  Ref list = list_new();
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) append_to(list.get(), std::move(*it));
  return list;
}

Ref split_sep(Str* s, Str* sep, int64_t maxsplit) {
  Ref list = list_new();
  std::string_view v = s->view(), p = sep->view();
  size_t i = 0;
  while (maxsplit != 0) {
    size_t k = v.find(p, i);
    if (k == std::string_view::npos) break;
    append_to(list.get(), substr_bytes(s, i, k));
    i = k + p.size();
    if (maxsplit > 0) --maxsplit;
  }
  append_to(list.get(), substr_bytes(s, i, v.size()));
  return list;
}

Ref rsplit_sep(Str* s, Str* sep, int64_t maxsplit) {
  std::vector<Ref> parts;
  std::string_view v = s->view(), p = sep->view();
  size_t end = v.size();
  while (maxsplit != 0 && end >= p.size()) {
    size_t k = v.substr(0, end).rfind(p);
    if (k == std::string_view::npos) break;
    parts.push_back(substr_bytes(s, k + p.size(), end));
    end = k;
    if (maxsplit > 0) --maxsplit;
  }
  parts.push_back(substr_bytes(s, 0, end));
  Ref list = list_new();
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) append_to(list.get(), std::move(*it));
  return list;
}

Ref m_split(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("split", args, nargs, kw, {"sep", "maxsplit"}, 0, a);
  Str* sep = sep_arg(a[0]);
  int64_t maxsplit = maxsplit_arg(a[1]);
  return sep ? split_sep(self_str(self), sep, maxsplit) : split_ws(self_str(self), maxsplit);
}

Ref m_rsplit(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("rsplit", args, nargs, kw, {"sep", "maxsplit"}, 0, a);
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
  Ref list = list_new();
  size_t n = size_t(s->size), i = 0, start = 0;
  while (i < n) {
    size_t br = line_break_at(s->data, i, n);
    if (!br) {
      ++i;
      continue;
    }
    append_to(list.get(), substr_bytes(s, start, keep ? i + br : i));
    i += br;
    start = i;
  }
  if (start < n) append_to(list.get(), substr_bytes(s, start, n));
  return list;
}

Ref m_join(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "join", nargs, kw, 1, 1);
  Type* t = type_of(args[0]);
  if (!t->iter && !t->getitem) type_error("can only join an iterable");
  return str_join(self, args[0]);
}

// ------------------------------------------------------------------ strip

enum StripWhich { kLeft = 1, kRight = 2, kBoth = 3 };

Ref do_strip(Value self, Args args, size_t nargs, Tuple* kw, const char* name, int which) {
  method_args(self, name, nargs, kw, 0, 1);
  Str* s = self_str(self);
  const char* d = s->data;
  size_t i = 0, j = size_t(s->size), len;
  if (nargs == 0 || args[0].is_none()) {
    if (which & kLeft)
      while (i < j && ws_at(d, i, &len)) i += len;
    if (which & kRight)
      while (j > i && ws_before(d, j, &len)) j -= len;
    return substr_bytes(s, i, j);
  }
  if (!is_str_value(args[0])) type_error(std::string(name) + " arg must be None or str");
  Str* chars = as_str(args[0]);
  std::vector<uint32_t> set = to_cps(chars);
  auto in_set = [&](size_t at, size_t* l) {
    int nb;
    uint32_t cp = utf8_decode(d + at, &nb);
    *l = size_t(nb);
    return std::find(set.begin(), set.end(), cp) != set.end();
  };
  if (which & kLeft)
    while (i < j && in_set(i, &len)) i += len;
  if (which & kRight) {
    while (j > i) {
      size_t k = j - 1;
      while (k > i && (static_cast<unsigned char>(d[k]) & 0xC0) == 0x80) --k;
      if (!in_set(k, &len)) break;
      j = k;
    }
  }
  return substr_bytes(s, i, j);
}

Ref m_strip(Value self, Args a, size_t n, Tuple* kw) { return do_strip(self, a, n, kw, "strip", kBoth); }
Ref m_lstrip(Value self, Args a, size_t n, Tuple* kw) { return do_strip(self, a, n, kw, "lstrip", kLeft); }
Ref m_rstrip(Value self, Args a, size_t n, Tuple* kw) { return do_strip(self, a, n, kw, "rstrip", kRight); }

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

Ref starts_ends(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool at_end) {
  method_args(self, name, nargs, kw, 1, 3, true);
  Str* s = self_str(self);
  Value start = nargs > 1 ? args[1] : Value::null(), end = nargs > 2 ? args[2] : Value::null();
  Value p = args[0];
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

Ref m_startswith(Value self, Args a, size_t n, Tuple* kw) {
  return starts_ends(self, a, n, kw, "startswith", false);
}
Ref m_endswith(Value self, Args a, size_t n, Tuple* kw) {
  return starts_ends(self, a, n, kw, "endswith", true);
}

// ---------------------------------------------------------------- replace

Ref m_replace(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "replace", nargs, kw, 2, 3);
  Str* s = self_str(self);
  Str* old = expect_str(args[0], "replace() argument 1 ");
  Str* neu = expect_str(args[1], "replace() argument 2 ");
  int64_t count = nargs > 2 ? size_arg(args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view v = s->view(), o = old->view(), nv = neu->view();
  std::string out;
  if (old->size == 0) {
    // Insert `new` before every code point (and at the end), count times.
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
    return str_new(out);
  }
  size_t i = 0;
  int64_t done = 0;
  for (size_t k = v.find(o); k != std::string_view::npos && done < count; k = v.find(o, i)) {
    out.append(v.data() + i, k - i);
    out += nv;
    i = k + o.size();
    ++done;
  }
  if (done == 0) return self_or_copy(self);
  out.append(v.data() + i, v.size() - i);
  return str_new(out);
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

Ref case_method(Value self, size_t nargs, Tuple* kw, const char* name, CaseMap how) {
  method_args(self, name, nargs, kw, 0, 0);
  Str* s = self_str(self);
  return case_result(self, s, str_case_convert(s, how));
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
  method_args(self, "maketrans", nargs, kw, 1, 3);
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
