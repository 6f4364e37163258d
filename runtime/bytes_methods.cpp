// bytes_methods.cpp — methods shared by bytes and bytearray (results have the
// receiver's kind), plus bytearray's mutators. Character classes and case
// changes are ASCII-only, as in CPython.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str_impl.hpp"

namespace gilpy {

namespace {

using Args = const Value*;

std::string_view bv(Value self) { return as_bytes(self)->view(); }
Ref like(Value self, std::string_view d) { return bytes_of_kind(self, d); }
// The receiver unchanged: bytes is immutable so it is returned itself;
// a bytearray result is always a new object.
Ref unchanged(Value self) {
  if (type_of(self) == &BytesType) return Ref::borrow(self);
  return like(self, bv(self));
}

bool is_ws(unsigned char c) { return ascii_space(c); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// A search argument: an int in range(256) or a bytes-like object.
std::string_view sub_arg(Value v, char* one) {
  std::string_view view;
  if (buffer_view(v, &view)) return view;
  if (is_int(v) || heap_type_defines(v, "__index__")) {
    *one = char(byte_value(v));
    return std::string_view(one, 1);
  }
  type_error("argument should be integer or bytes-like object, not '" + type_name(v) + "'");
}

Ref tuple3(Ref a, Ref b, Ref c) {
  Ref t = tuple_new(3);
  Tuple* tp = as_tuple(t.get());
  tp->items[0] = a.release();
  tp->items[1] = b.release();
  tp->items[2] = c.release();
  return t;
}

Ref list_of(Value self, const std::vector<std::string_view>& parts) {
  Ref list = list_new();
  for (auto p : parts) {
    Ref item = like(self, p);
    list_append(list.get(), item.get());
  }
  return list;
}

// ------------------------------------------------------------ conversions

Ref m_decode(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("decode", args, nargs, kw, {"encoding", "errors"}, 0, a);
  std::string_view enc = "utf-8", err = "strict";
  if (!a[0].is_null()) enc = expect_str(a[0], "decode() argument 'encoding' ")->view();
  if (!a[1].is_null()) err = expect_str(a[1], "decode() argument 'errors' ")->view();
  return str_decode(bv(self), enc, err);
}

Ref m_hex(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("hex", args, nargs, kw, {"sep", "bytes_per_sep"}, 0, a);
  std::string_view data = bv(self);
  char sep = 0;
  if (!a[0].is_null()) {
    std::string_view s;
    if (is_str_value(a[0])) s = str_view(a[0]);
    else if (!buffer_view(a[0], &s)) type_error("sep must be str or bytes.");
    if (s.size() != 1) value_error("sep must be length 1.");
    if (static_cast<unsigned char>(s[0]) >= 0x80) value_error("sep must be ASCII.");
    sep = s[0];
  }
  int64_t group = a[1].is_null() ? 1 : size_arg(a[1]);
  static const char* hex = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  size_t k = size_t(group < 0 ? -group : group);
  for (size_t i = 0; i < n; ++i) {
    // Groups are counted from the right for a positive bytes_per_sep.
    if (sep && k && i > 0 && (group > 0 ? (n - i) % k == 0 : i % k == 0)) out.push_back(sep);
    auto c = static_cast<unsigned char>(data[i]);
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return str_from_ascii(out);
}

int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

Ref m_fromhex(Value cls, Args args, size_t nargs, Tuple* kw) {
  method_args(cls, "fromhex", nargs, kw, 1, 1);
  Str* s = expect_str(args[0], "fromhex() argument ");
  std::string out;
  int64_t pos = 0;   // code point position, for the error message
  for (int64_t i = 0; i < s->size;) {
    int nb;
    uint32_t c = utf8_decode(s->data + i, &nb);
    if (c < 128 && is_ws(uint8_t(c))) {
      i += nb;
      ++pos;
      continue;
    }
    int hi = hex_digit(c);
    if (hi < 0) value_error("non-hexadecimal number found in fromhex() arg at position " + std::to_string(pos));
    i += nb;
    ++pos;
    int lo = i < s->size ? hex_digit(utf8_decode(s->data + i, &nb)) : -1;
    if (lo < 0) value_error("non-hexadecimal number found in fromhex() arg at position " + std::to_string(pos));
    i += nb;
    ++pos;
    out.push_back(char(hi * 16 + lo));
  }
  Type* t = static_cast<Type*>(cls.as_obj());
  if (t == &BytesType) return bytes_new(out);
  if (t == &ByteArrayType) return bytearray_new(out);
  Ref b = is_subtype(t, &ByteArrayType) ? bytearray_new(out) : bytes_new(out);
  return call(cls, {b.get()});   // subclasses are built by calling them, as CPython does
}

// ------------------------------------------------------------------ split

std::vector<std::string_view> split_ws(std::string_view v, int64_t maxsplit, bool reverse) {
  std::vector<std::string_view> parts;
  if (!reverse) {
    size_t i = 0, n = v.size();
    for (;;) {
      while (i < n && is_ws(uint8_t(v[i]))) ++i;
      if (i >= n) break;
      if (maxsplit == 0) {
        parts.push_back(v.substr(i));
        break;
      }
      size_t j = i;
      while (j < n && !is_ws(uint8_t(v[j]))) ++j;
      parts.push_back(v.substr(i, j - i));
      if (maxsplit > 0) --maxsplit;
      i = j;
    }
    return parts;
  }
  size_t i = v.size();
  for (;;) {
    while (i > 0 && is_ws(uint8_t(v[i - 1]))) --i;
    if (i == 0) break;
    if (maxsplit == 0) {
      parts.push_back(v.substr(0, i));
      break;
    }
    size_t j = i;
    while (j > 0 && !is_ws(uint8_t(v[j - 1]))) --j;
    parts.push_back(v.substr(j, i - j));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

std::vector<std::string_view> split_sep(std::string_view v, std::string_view sep, int64_t maxsplit,
                                        bool reverse) {
  std::vector<std::string_view> parts;
  if (!reverse) {
    size_t i = 0;
    for (size_t k; maxsplit != 0 && (k = v.find(sep, i)) != std::string_view::npos;) {
      parts.push_back(v.substr(i, k - i));
      i = k + sep.size();
      if (maxsplit > 0) --maxsplit;
    }
    parts.push_back(v.substr(i));
    return parts;
  }
  size_t end = v.size();
  while (maxsplit != 0 && end >= sep.size()) {
    size_t k = v.substr(0, end).rfind(sep);
    if (k == std::string_view::npos) break;
    parts.push_back(v.substr(k + sep.size(), end - k - sep.size()));
    end = k;
    if (maxsplit > 0) --maxsplit;
  }
  parts.push_back(v.substr(0, end));
  std::reverse(parts.begin(), parts.end());
  return parts;
}

Ref do_split(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  Value a[2];
  parse_args(name, args, nargs, kw, {"sep", "maxsplit"}, 0, a);
  int64_t maxsplit = a[1].is_null() ? -1 : size_arg(a[1]);
  std::string sep_copy;   // the separator may be this very bytearray
  if (a[0].is_null() || a[0].is_none()) return list_of(self, split_ws(bv(self), maxsplit, reverse));
  sep_copy = std::string(expect_buffer(a[0]));
  if (sep_copy.empty()) value_error("empty separator");
  return list_of(self, split_sep(bv(self), sep_copy, maxsplit, reverse));
}

Ref m_split(Value self, Args a, size_t n, Tuple* kw) { return do_split(self, a, n, kw, "split", false); }
Ref m_rsplit(Value self, Args a, size_t n, Tuple* kw) { return do_split(self, a, n, kw, "rsplit", true); }

Ref m_splitlines(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("splitlines", args, nargs, kw, {"keepends"}, 0, a);
  bool keep = !a[0].is_null() && (a[0].is_bool() ? a[0].is_true() : size_arg(a[0]) != 0);
  std::string_view v = bv(self);
  std::vector<std::string_view> parts;
  size_t i = 0, start = 0, n = v.size();
  while (i < n) {
    size_t br = v[i] == '\r' ? (i + 1 < n && v[i + 1] == '\n' ? 2 : 1) : v[i] == '\n' ? 1 : 0;
    if (!br) {
      ++i;
      continue;
    }
    parts.push_back(v.substr(start, (keep ? i + br : i) - start));
    i += br;
    start = i;
  }
  if (start < n) parts.push_back(v.substr(start));
  return list_of(self, parts);
}

Ref m_join(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "join", nargs, kw, 1, 1);
  std::vector<Ref> items;
  Type* t = type_of(args[0]);
  if (!t->iter && !t->getitem) type_error("can only join an iterable");
  for_each(args[0], [&](Value v) { items.push_back(Ref::borrow(v)); });
  std::string out;
  std::string sep(bv(self));
  for (size_t i = 0; i < items.size(); ++i) {
    std::string_view part;
    if (!buffer_view(items[i].get(), &part))
      type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                 type_name(items[i].get()) + " found");
    if (i) out += sep;
    out += part;
  }
  return like(self, out);
}

// ------------------------------------------------------------------ strip

Ref do_strip(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool left, bool right) {
  method_args(self, name, nargs, kw, 0, 1);
  std::string_view v = bv(self);
  bool set[256] = {};
  if (nargs == 0 || args[0].is_none()) {
    for (int c = 0; c < 256; ++c) set[c] = is_ws(uint8_t(c));
  } else {
    for (unsigned char c : expect_buffer(args[0])) set[c] = true;
  }
  size_t i = 0, j = v.size();
  if (left)
    while (i < j && set[uint8_t(v[i])]) ++i;
  if (right)
    while (j > i && set[uint8_t(v[j - 1])]) --j;
  if (i == 0 && j == v.size()) return unchanged(self);
  return like(self, v.substr(i, j - i));
}

Ref m_strip(Value s, Args a, size_t n, Tuple* kw) { return do_strip(s, a, n, kw, "strip", true, true); }
Ref m_lstrip(Value s, Args a, size_t n, Tuple* kw) { return do_strip(s, a, n, kw, "lstrip", true, false); }
Ref m_rstrip(Value s, Args a, size_t n, Tuple* kw) { return do_strip(s, a, n, kw, "rstrip", false, true); }

// ----------------------------------------------------------------- search

int64_t find_impl(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  method_args(self, name, nargs, kw, 1, 3, true);
  char one;
  std::string sub(sub_arg(args[0], &one));
  std::string_view v = bv(self);
  int64_t start = slice_arg(nargs > 1 ? args[1] : Value::null(), 0);
  int64_t end = slice_arg(nargs > 2 ? args[2] : Value::null(), int64_t(v.size()));
  adjust_indices(start, end, int64_t(v.size()));
  if (end - start < int64_t(sub.size())) return -1;
  std::string_view hay = v.substr(size_t(start), size_t(end - start));
  size_t k = reverse ? hay.rfind(sub) : hay.find(sub);
  return k == std::string_view::npos ? -1 : start + int64_t(k);
}

Ref m_find(Value s, Args a, size_t n, Tuple* kw) { return int_from_i64(find_impl(s, a, n, kw, "find", false)); }
Ref m_rfind(Value s, Args a, size_t n, Tuple* kw) { return int_from_i64(find_impl(s, a, n, kw, "rfind", true)); }
Ref m_index(Value s, Args a, size_t n, Tuple* kw) {
  int64_t r = find_impl(s, a, n, kw, "index", false);
  if (r < 0) value_error("subsection not found");
  return int_from_i64(r);
}
Ref m_rindex(Value s, Args a, size_t n, Tuple* kw) {
  int64_t r = find_impl(s, a, n, kw, "rindex", true);
  if (r < 0) value_error("subsection not found");
  return int_from_i64(r);
}

Ref m_count(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "count", nargs, kw, 1, 3, true);
  char one;
  std::string sub(sub_arg(args[0], &one));
  std::string_view v = bv(self);
  int64_t start = slice_arg(nargs > 1 ? args[1] : Value::null(), 0);
  int64_t end = slice_arg(nargs > 2 ? args[2] : Value::null(), int64_t(v.size()));
  adjust_indices(start, end, int64_t(v.size()));
  if (end - start < int64_t(sub.size())) return int_from_i64(0);
  if (sub.empty()) return int_from_i64(end - start + 1);
  std::string_view hay = v.substr(size_t(start), size_t(end - start));
  int64_t count = 0;
  for (size_t k = hay.find(sub); k != std::string_view::npos; k = hay.find(sub, k + sub.size())) ++count;
  return int_from_i64(count);
}

bool tail_match(std::string_view v, std::string_view sub, Value vstart, Value vend, bool at_end) {
  int64_t start = slice_arg(vstart, 0), end = slice_arg(vend, int64_t(v.size()));
  adjust_indices(start, end, int64_t(v.size()));
  if (end - int64_t(sub.size()) < start) return false;
  std::string_view hay = v.substr(size_t(start), size_t(end - start));
  return at_end ? hay.ends_with(sub) : hay.starts_with(sub);
}

Ref starts_ends(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool at_end) {
  method_args(self, name, nargs, kw, 1, 3, true);
  Value start = nargs > 1 ? args[1] : Value::null(), end = nargs > 2 ? args[2] : Value::null();
  std::string v(bv(self));
  if (isinstance_of(args[0], &TupleType)) {
    Tuple* t = as_tuple(args[0]);
    for (int64_t i = 0; i < t->size; ++i)
      if (tail_match(v, expect_buffer(t->items[i]), start, end, at_end)) return Ref::boolean(true);
    return Ref::boolean(false);
  }
  std::string_view sub;
  if (!buffer_view(args[0], &sub))
    type_error(std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name(args[0]));
  return Ref::boolean(tail_match(v, sub, start, end, at_end));
}

Ref m_startswith(Value s, Args a, size_t n, Tuple* kw) { return starts_ends(s, a, n, kw, "startswith", false); }
Ref m_endswith(Value s, Args a, size_t n, Tuple* kw) { return starts_ends(s, a, n, kw, "endswith", true); }

Ref m_replace(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "replace", nargs, kw, 2, 3);
  std::string old(expect_buffer(args[0])), neu(expect_buffer(args[1]));
  int64_t count = nargs > 2 ? size_arg(args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view v = bv(self);
  std::string out;
  if (old.empty()) {
    int64_t done = 0;
    size_t i = 0;
    for (; i <= v.size() && done < count; ++i, ++done) {
      out += neu;
      if (i < v.size()) out.push_back(v[i]);
    }
    if (i < v.size()) out.append(v.substr(i));
    return like(self, out);
  }
  size_t i = 0;
  int64_t done = 0;
  for (size_t k = v.find(old); k != std::string_view::npos && done < count; k = v.find(old, i), ++done) {
    out.append(v.substr(i, k - i));
    out += neu;
    i = k + old.size();
  }
  if (done == 0) return unchanged(self);
  out.append(v.substr(i));
  return like(self, out);
}

// ---------------------------------------------------------- case & classes

enum class Case { Upper, Lower, Swap, Title, Capitalize };

Ref change_case(Value self, size_t nargs, Tuple* kw, const char* name, Case how) {
  method_args(self, name, nargs, kw, 0, 0);
  std::string out(bv(self));
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    bool up = is_upper(c), lo = is_lower(c);
    bool to_upper = false, to_lower = false;
    switch (how) {
      case Case::Upper: to_upper = lo; break;
      case Case::Lower: to_lower = up; break;
      case Case::Swap: to_upper = lo; to_lower = up; break;
      case Case::Title: to_upper = lo && !prev_cased; to_lower = up && prev_cased; break;
      case Case::Capitalize: to_upper = lo && i == 0; to_lower = up && i > 0; break;
    }
    if (to_upper) out[i] = char(c - 32);
    if (to_lower) out[i] = char(c + 32);
    prev_cased = up || lo;
  }
  return like(self, out);
}

Ref m_upper(Value s, Args, size_t n, Tuple* kw) { return change_case(s, n, kw, "upper", Case::Upper); }
Ref m_lower(Value s, Args, size_t n, Tuple* kw) { return change_case(s, n, kw, "lower", Case::Lower); }
Ref m_swapcase(Value s, Args, size_t n, Tuple* kw) { return change_case(s, n, kw, "swapcase", Case::Swap); }
Ref m_title(Value s, Args, size_t n, Tuple* kw) { return change_case(s, n, kw, "title", Case::Title); }
Ref m_capitalize(Value s, Args, size_t n, Tuple* kw) {
  return change_case(s, n, kw, "capitalize", Case::Capitalize);
}

template <bool (*Pred)(unsigned char)>
Ref all_of(Value self, size_t nargs, Tuple* kw, const char* name) {
  method_args(self, name, nargs, kw, 0, 0);
  std::string_view v = bv(self);
  if (v.empty()) return Ref::boolean(false);
  for (unsigned char c : v)
    if (!Pred(c)) return Ref::boolean(false);
  return Ref::boolean(true);
}

bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

Ref m_isalpha(Value s, Args, size_t n, Tuple* kw) { return all_of<is_alpha>(s, n, kw, "isalpha"); }
Ref m_isalnum(Value s, Args, size_t n, Tuple* kw) { return all_of<is_alnum>(s, n, kw, "isalnum"); }
Ref m_isdigit(Value s, Args, size_t n, Tuple* kw) { return all_of<is_digit>(s, n, kw, "isdigit"); }
Ref m_isspace(Value s, Args, size_t n, Tuple* kw) { return all_of<is_ws>(s, n, kw, "isspace"); }

Ref m_isascii(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "isascii", nargs, kw, 0, 0);
  for (unsigned char c : bv(self))
    if (c >= 0x80) return Ref::boolean(false);
  return Ref::boolean(true);
}

Ref cased(Value self, size_t nargs, Tuple* kw, const char* name, bool want_upper) {
  method_args(self, name, nargs, kw, 0, 0);
  bool any = false;
  for (unsigned char c : bv(self)) {
    if (want_upper ? is_lower(c) : is_upper(c)) return Ref::boolean(false);
    if (want_upper ? is_upper(c) : is_lower(c)) any = true;
  }
  return Ref::boolean(any);
}

Ref m_isupper(Value s, Args, size_t n, Tuple* kw) { return cased(s, n, kw, "isupper", true); }
Ref m_islower(Value s, Args, size_t n, Tuple* kw) { return cased(s, n, kw, "islower", false); }

Ref m_istitle(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "istitle", nargs, kw, 0, 0);
  bool any = false, prev = false;
  for (unsigned char c : bv(self)) {
    if (is_upper(c)) {
      if (prev) return Ref::boolean(false);
      prev = any = true;
    } else if (is_lower(c)) {
      if (!prev) return Ref::boolean(false);
      prev = any = true;
    } else {
      prev = false;
    }
  }
  return Ref::boolean(any);
}

// ---------------------------------------------------------------- padding

Ref justify(Value self, Args args, size_t nargs, Tuple* kw, const char* name, char how) {
  method_args(self, name, nargs, kw, 1, 2);
  int64_t width = size_arg(args[0]);
  char fill = ' ';
  if (nargs > 1) {
    std::string_view f;
    if (!buffer_view(args[1], &f) || f.size() != 1)
      type_error(std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                 type_name(args[1]));
    fill = f[0];
  }
  std::string_view v = bv(self);
  int64_t marg = width - int64_t(v.size());
  if (marg <= 0) return unchanged(self);
  int64_t left = how == '<' ? 0 : how == '>' ? marg : marg / 2 + (marg & width & 1);
  std::string out(size_t(left), fill);
  out += v;
  out.append(size_t(marg - left), fill);
  return like(self, out);
}

Ref m_center(Value s, Args a, size_t n, Tuple* kw) { return justify(s, a, n, kw, "center", '^'); }
Ref m_ljust(Value s, Args a, size_t n, Tuple* kw) { return justify(s, a, n, kw, "ljust", '<'); }
Ref m_rjust(Value s, Args a, size_t n, Tuple* kw) { return justify(s, a, n, kw, "rjust", '>'); }

Ref m_zfill(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "zfill", nargs, kw, 1, 1);
  int64_t width = size_arg(args[0]);
  std::string_view v = bv(self);
  if (width <= int64_t(v.size())) return unchanged(self);
  size_t fill = size_t(width) - v.size();
  std::string out(fill, '0');
  out += v;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out[0] = v[0];
    out[fill] = '0';
  }
  return like(self, out);
}

Ref m_expandtabs(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("expandtabs", args, nargs, kw, {"tabsize"}, 0, a);
  int64_t tab = a[0].is_null() ? 8 : size_arg(a[0]);
  std::string out;
  int64_t col = 0;
  for (char c : bv(self)) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out.push_back(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return like(self, out);
}

// ----------------------------------------------- partition, affixes, translate

Ref do_partition(Value self, Args args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  method_args(self, name, nargs, kw, 1, 1);
  std::string sep(expect_buffer(args[0]));
  if (sep.empty()) value_error("empty separator");
  std::string_view v = bv(self);
  size_t k = reverse ? v.rfind(sep) : v.find(sep);
  if (k == std::string_view::npos) {
    if (reverse) return tuple3(like(self, {}), like(self, {}), unchanged(self));
    return tuple3(unchanged(self), like(self, {}), like(self, {}));
  }
  return tuple3(like(self, v.substr(0, k)), like(self, sep), like(self, v.substr(k + sep.size())));
}

Ref m_partition(Value s, Args a, size_t n, Tuple* kw) { return do_partition(s, a, n, kw, "partition", false); }
Ref m_rpartition(Value s, Args a, size_t n, Tuple* kw) { return do_partition(s, a, n, kw, "rpartition", true); }

Ref m_removeprefix(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "removeprefix", nargs, kw, 1, 1);
  std::string p(expect_buffer(args[0]));
  std::string_view v = bv(self);
  if (!p.empty() && v.starts_with(p)) return like(self, v.substr(p.size()));
  return unchanged(self);
}

Ref m_removesuffix(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "removesuffix", nargs, kw, 1, 1);
  std::string p(expect_buffer(args[0]));
  std::string_view v = bv(self);
  if (!p.empty() && v.ends_with(p)) return like(self, v.substr(0, v.size() - p.size()));
  return unchanged(self);
}

Ref m_translate(Value self, Args args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("translate", args, nargs, kw, {"table", "delete"}, 1, a, 1);
  std::string table;
  if (!a[0].is_none()) {
    table = std::string(expect_buffer(a[0]));
    if (table.size() != 256) value_error("translation table must be 256 characters long");
  }
  bool del[256] = {};
  if (!a[1].is_null())
    for (unsigned char c : expect_buffer(a[1])) del[c] = true;
  std::string out;
  for (unsigned char c : bv(self)) {
    if (del[c]) continue;
    out.push_back(table.empty() ? char(c) : table[c]);
  }
  return like(self, out);
}

Ref m_maketrans(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "maketrans", nargs, kw, 2, 2);
  std::string from(expect_buffer(args[0])), to(expect_buffer(args[1]));
  if (from.size() != to.size()) value_error("maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); ++i) table[uint8_t(from[i])] = to[i];
  return bytes_new(table);
}

Ref m_bytes(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "__bytes__", nargs, kw, 0, 0);
  if (type_of(self) == &BytesType) return Ref::borrow(self);
  return bytes_new(bv(self));
}

// -------------------------------------------------------- bytearray mutators

Bytes* ba(Value self) { return as_bytes(self); }

Ref m_append(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "append", nargs, kw, 1, 1);
  char c = char(byte_value(args[0]));
  bytearray_splice(ba(self), ba(self)->size, ba(self)->size, std::string_view(&c, 1));
  return Ref::none();
}

Ref m_extend(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "extend", nargs, kw, 1, 1);
  std::string data;
  std::string_view view;
  if (buffer_view(args[0], &view)) {
    data = std::string(view);
  } else {
    Type* t = type_of(args[0]);
    if (!t->iter && !t->getitem) type_error("can't extend bytearray with " + type_name(args[0]));
    for_each(args[0], [&](Value v) { data.push_back(char(byte_value(v))); });
  }
  bytearray_splice(ba(self), ba(self)->size, ba(self)->size, data);
  return Ref::none();
}

Ref m_pop(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "pop", nargs, kw, 0, 1);
  Bytes* b = ba(self);
  int64_t i = nargs ? size_arg(args[0]) : -1;
  if (b->size == 0) index_error("pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) index_error("pop index out of range");
  int64_t v = static_cast<unsigned char>(b->data[i]);
  bytearray_splice(b, i, i + 1, {});
  return int_from_i64(v);
}

Ref m_insert(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "insert", nargs, kw, 2, 2);
  Bytes* b = ba(self);
  int64_t i = size_arg(args[0]);
  char c = char(byte_value(args[1]));
  if (i < 0) i = std::max<int64_t>(i + b->size, 0);
  if (i > b->size) i = b->size;
  bytearray_splice(b, i, i, std::string_view(&c, 1));
  return Ref::none();
}

Ref m_remove(Value self, Args args, size_t nargs, Tuple* kw) {
  method_args(self, "remove", nargs, kw, 1, 1);
  Bytes* b = ba(self);
  char c = char(byte_value(args[0]));
  size_t k = b->view().find(c);
  if (k == std::string_view::npos) value_error("value not found in bytearray");
  bytearray_splice(b, int64_t(k), int64_t(k) + 1, {});
  return Ref::none();
}

Ref m_clear(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "clear", nargs, kw, 0, 0);
  bytearray_resize(ba(self), 0);
  return Ref::none();
}

Ref m_copy(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "copy", nargs, kw, 0, 0);
  return bytearray_new(bv(self));
}

Ref m_reverse(Value self, Args, size_t nargs, Tuple* kw) {
  method_args(self, "reverse", nargs, kw, 0, 0);
  Bytes* b = ba(self);
  std::reverse(b->data, b->data + b->size);
  return Ref::none();
}

}  // namespace

#define GILPY_BYTES_COMMON_METHODS                                      \
  {"decode", m_decode}, {"hex", m_hex}, {"fromhex", m_fromhex, kMethClass}, \
      {"split", m_split}, {"rsplit", m_rsplit}, {"splitlines", m_splitlines}, \
      {"join", m_join}, {"strip", m_strip}, {"lstrip", m_lstrip},      \
      {"rstrip", m_rstrip}, {"find", m_find}, {"rfind", m_rfind},      \
      {"index", m_index}, {"rindex", m_rindex}, {"count", m_count},    \
      {"startswith", m_startswith}, {"endswith", m_endswith},          \
      {"replace", m_replace}, {"upper", m_upper}, {"lower", m_lower},  \
      {"swapcase", m_swapcase}, {"title", m_title},                    \
      {"capitalize", m_capitalize}, {"isalpha", m_isalpha},            \
      {"isalnum", m_isalnum}, {"isdigit", m_isdigit},                  \
      {"isspace", m_isspace}, {"isascii", m_isascii},                  \
      {"isupper", m_isupper}, {"islower", m_islower},                  \
      {"istitle", m_istitle}, {"center", m_center}, {"ljust", m_ljust}, \
      {"rjust", m_rjust}, {"zfill", m_zfill}, {"expandtabs", m_expandtabs}, \
      {"partition", m_partition}, {"rpartition", m_rpartition},        \
      {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix}, \
      {"translate", m_translate}, {"maketrans", m_maketrans, kMethStatic}

extern const MethodDef kBytesMethods[] = {
    GILPY_BYTES_COMMON_METHODS,
    {"__bytes__", m_bytes},
    {nullptr, nullptr},
};

extern const MethodDef kByteArrayMethods[] = {
    GILPY_BYTES_COMMON_METHODS,
    {"append", m_append},
    {"extend", m_extend},
    {"pop", m_pop},
    {"insert", m_insert},
    {"remove", m_remove},
    {"clear", m_clear},
    {"copy", m_copy},
    {"reverse", m_reverse},
    {nullptr, nullptr},
};

#undef GILPY_BYTES_COMMON_METHODS

}  // namespace gilpy
