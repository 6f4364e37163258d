// str.cpp — the str type: allocation, interning, hashing, comparison,
// concatenation, indexing and slicing, repr, the type's slots and iterator.
//
// Text is UTF-8 plus a cached code point count. When the two are equal the
// string is ASCII and indexes in O(1); otherwise indexing walks the UTF-8.
// '' and all one-character strings below U+0100 are immortal singletons, so
// iterating or indexing Latin-1 text does not allocate.
#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/unicode_db.hpp"

namespace gilpy {

Type StrType;

namespace {

Type StrAsciiIterType;   // iter('abc'): the name CPython 3.11 gives ASCII iterators
Type StrIterType;

// ----------------------------------------------------------------- caches

struct TextCaches {
  Str* empty;
  Str* chars[256];
};

Str* make_immortal_str(std::string_view s) {
  Str* o = str_alloc(&StrType, s.size());
  if (!s.empty()) std::memcpy(o->data, s.data(), s.size());
  o->length = utf8_count(s.data(), s.size());
  o->ascii = o->length == o->size;
  o->hash = bytes_hash_raw(s);   // computed before publication: read-only after
  o->interned = s.size() <= 2 && o->length <= 1;   // the cached singletons
  make_immortal(o);
  return o;
}

// Built on first use (thread-safe static), long before any second thread.
const TextCaches& caches() {
  static const TextCaches* c = [] {
    auto* t = new TextCaches;
    t->empty = make_immortal_str("");
    for (uint32_t cp = 0; cp < 256; ++cp) {
      std::string s;
      utf8_append(s, cp);
      t->chars[cp] = make_immortal_str(s);
    }
    return t;
  }();
  return *c;
}

// ---------------------------------------------------------------- interning
// One table for the whole process: interned strings are immortal and shared
// by every interpreter, so the table needs its own lock (not a GIL).
struct InternTable {
  std::mutex mu;
  std::unordered_map<std::string_view, Str*> map;   // keys view the Str's own bytes
};

InternTable& intern_table() {
  static InternTable* t = new InternTable;
  return *t;
}

}  // namespace

// -------------------------------------------------------------- allocation

Str* str_alloc_general(Type* t, size_t nbytes) {
  size_t header = kStrHeader;
  if (t != &StrType) header = std::max(header, size_t(t->basic_size) > 0 ? size_t(t->basic_size) - 1 : 0);
  if (nbytes > (size_t(1) << 46)) memory_error();
  // alloc_object constructs a whole Str, so never allocate less than one.
  Str* s = alloc_object<Str>(t, std::max(sizeof(Str), header + nbytes + 1));
  s->hash = -1;
  s->size = int64_t(nbytes);
  s->data[nbytes] = '\0';
  return s;
}

Str* latin1_char(uint32_t cp) { return caches().chars[cp]; }
Str* empty_str() { return caches().empty; }

Ref str_new(std::string_view s) {
  if (s.size() <= 2) {
    if (s.empty()) return Ref::steal(empty_str());
    auto b0 = static_cast<unsigned char>(s[0]);
    if (s.size() == 1 && b0 < 0x80) return Ref::steal(latin1_char(b0));
    if (s.size() == 2 && (b0 == 0xC2 || b0 == 0xC3)) {
      int nb;
      return Ref::steal(latin1_char(utf8_decode(s.data(), &nb)));
    }
  }
  Str* o = str_alloc(&StrType, s.size());
  if (!s.empty()) std::memcpy(o->data, s.data(), s.size());
  return str_finish(o);
}

Ref str_from_ascii(std::string_view s) { return str_ascii_n(s.data(), s.size()); }

Ref str_from_std(const std::string& s) { return str_new(s); }
Ref str_from_buf(const std::string& buf, int64_t length) {
  if (length < 0 || buf.size() <= 2) return str_new(buf);
  Str* o = str_alloc(&StrType, buf.size());
  std::memcpy(o->data, buf.data(), buf.size());
  return str_finish(o, length);
}

Ref str_from_codepoint(uint32_t cp) {
  if (cp < 256) return Ref::steal(latin1_char(cp));
  std::string s;
  utf8_append(s, cp);
  return str_new(s);
}

Ref str_new_of_type(Type* t, std::string_view s) {
  if (t == &StrType) return str_new(s);
  Str* o = str_alloc(t, s.size());
  if (!s.empty()) std::memcpy(o->data, s.data(), s.size());
  return str_finish(o);
}

Ref str_exact(Value self) {
  if (is_exact_str(self)) return Ref::borrow(self);
  return str_new(str_view(self));
}

Str* intern(std::string_view s) {
  // '' and one-character Latin-1 strings are already unique and immortal.
  if (s.empty()) return empty_str();
  auto b0 = static_cast<unsigned char>(s[0]);
  if (s.size() == 1 && b0 < 0x80) return latin1_char(b0);
  if (s.size() == 2 && (b0 == 0xC2 || b0 == 0xC3)) {
    int nb;
    return latin1_char(utf8_decode(s.data(), &nb));
  }
  InternTable& t = intern_table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.map.find(s);
  if (it != t.map.end()) return it->second;
  Str* o = make_immortal_str(s);
  o->interned = true;
  t.map.emplace(o->view(), o);
  return o;
}

Str* intern(Str* s) {
  if (s->interned) return s;
  return intern(s->view());
}

// ------------------------------------------------------------------ hashing

namespace {
inline uint64_t load64(const char* p) { uint64_t v; std::memcpy(&v, p, 8); return v; }
inline uint64_t load32(const char* p) { uint32_t v; std::memcpy(&v, p, 4); return v; }
// 64x64 -> 128 multiply folded to 64 bits: the mixing step of the hash.
inline uint64_t fold_mul(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}
}  // namespace

int64_t bytes_hash_raw(std::string_view b) {
  const char* p = b.data();
  size_t n = b.size();
  if (n == 0) return 0;   // hash('') == 0, as in CPython
  constexpr uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull,
                     k2 = 0x8ebc6af09c88c6e3ull;
  uint64_t h = k0 ^ (n * k2);
  while (n > 16) {
    h = fold_mul(load64(p) ^ k1, load64(p + 8) ^ h);
    p += 16;
    n -= 16;
  }
  uint64_t a, c;
  if (n > 8) {
    a = load64(p);
    c = load64(p + n - 8);
  } else if (n >= 4) {
    a = (load32(p) << 32) | load32(p + n - 4);
    c = 0;
  } else {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    a = (uint64_t(u[0]) << 16) | (uint64_t(u[n >> 1]) << 8) | u[n - 1];
    c = 0;
  }
  h = fold_mul(a ^ k1, c ^ h ^ k2);
  h = fold_mul(h ^ k0, uint64_t(b.size()) ^ k1);
  int64_t r = int64_t(h);
  return r == -1 ? -2 : r;
}

// The cached hash of an immortal string may be filled by two threads at once
// (same value): relaxed atomics make that well-defined at no cost.
int64_t str_hash(Str* s) {
  std::atomic_ref<int64_t> cached(s->hash);
  int64_t h = cached.load(std::memory_order_relaxed);
  if (h != -1) return h;
  h = bytes_hash_raw(s->view());
  cached.store(h, std::memory_order_relaxed);
  return h;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  int64_t ha = std::atomic_ref<int64_t>(a->hash).load(std::memory_order_relaxed);
  int64_t hb = std::atomic_ref<int64_t>(b->hash).load(std::memory_order_relaxed);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return bytes_equal_short(a->data, b->data, size_t(a->size));
}

// ------------------------------------------------------- concat and repeat

Ref str_concat(Value a, Value b) {
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (y->size == 0 && is_exact_str(a)) return Ref::borrow(a);
  if (x->size == 0 && is_exact_str(b)) return Ref::borrow(b);
  Str* o = str_alloc(&StrType, size_t(x->size + y->size));
  std::memcpy(o->data, x->data, size_t(x->size));
  std::memcpy(o->data + x->size, y->data, size_t(y->size));
  return str_finish(o, x->length + y->length);
}

Ref str_concat_n(const Value* parts, size_t n) {
  size_t total = 0;
  int64_t length = 0;
  for (size_t i = 0; i < n; ++i) {
    total += size_t(as_str(parts[i])->size);
    length += as_str(parts[i])->length;
  }
  if (total <= 2) {   // '' and one-character results are the cached singletons
    std::string small;
    for (size_t i = 0; i < n; ++i) small += str_view(parts[i]);
    return str_new(small);
  }
  Str* o = str_alloc(&StrType, total);
  char* p = o->data;
  for (size_t i = 0; i < n; ++i) {
    Str* x = as_str(parts[i]);
    copy_short(p, x->data, size_t(x->size));
    p += x->size;
  }
  return str_finish(o, length);
}

namespace {

Ref str_repeat(Value sv, int64_t n) {
  Str* s = as_str(sv);
  if (n <= 0 || s->size == 0) return Ref::steal(empty_str());
  if (n == 1 && is_exact_str(sv)) return Ref::borrow(sv);
  if (s->size > INT64_MAX / n) raise(OverflowError_, "repeated string is too long");
  if (s->size > (int64_t(1) << 46) / n) memory_error();
  size_t total = size_t(s->size * n);
  Str* o = str_alloc(&StrType, total);
  size_t done = size_t(s->size);
  std::memcpy(o->data, s->data, done);
  while (done < total) {   // doubling copies: O(log n) memcpy calls
    size_t chunk = std::min(done, total - done);
    std::memcpy(o->data + done, o->data, chunk);
    done += chunk;
  }
  return str_finish(o, s->length * n);
}

}  // namespace

// -------------------------------------------------------------------- join

Ref str_join(Value sep, Value iterable) {
  // Lists and tuples are read in place: nothing below runs Python code, so
  // the sequence cannot change under us. Other iterables are collected into
  // a list first.
  Ref collected;
  Type* it = type_of(iterable);
  if (it != &ListType && it != &TupleType) {
    collected = list_from_iterable(iterable);
    iterable = collected.get();
    it = &ListType;
  }
  const Value* items = it == &ListType ? as_list(iterable)->items : as_tuple(iterable)->items;
  size_t n = size_t(it == &ListType ? as_list(iterable)->size : as_tuple(iterable)->size);
  Str* s = as_str(sep);
  size_t total = 0;
  int64_t length = 0;
  for (size_t i = 0; i < n; ++i) {
    Value v = items[i];
    if (!is_str_value(v))
      type_error("sequence item " + std::to_string(i) + ": expected str instance, " + type_name(v) +
                 " found");
    total += size_t(as_str(v)->size);
    length += as_str(v)->length;
  }
  if (n == 0) return Ref::steal(empty_str());
  if (n == 1 && is_exact_str(items[0])) return Ref::borrow(items[0]);
  total += size_t(s->size) * (n - 1);
  length += s->length * int64_t(n - 1);
  Str* o = str_alloc(&StrType, total);
  char* p = o->data;
  Str* first = as_str(items[0]);
  copy_short(p, first->data, size_t(first->size));
  p += first->size;
  if (s->size == 1) {   // the usual ' ' / ',' / '\n' separator
    char c = s->data[0];
    for (size_t i = 1; i < n; ++i) {
      Str* x = as_str(items[i]);
      *p++ = c;
      copy_short(p, x->data, size_t(x->size));
      p += x->size;
    }
  } else {
    for (size_t i = 1; i < n; ++i) {
      Str* x = as_str(items[i]);
      copy_short(p, s->data, size_t(s->size));
      p += s->size;
      copy_short(p, x->data, size_t(x->size));
      p += x->size;
    }
  }
  return str_finish(o, length);
}

// -------------------------------------------------------- argument helpers

Str* expect_str(Value v, const char* prefix) {
  if (!is_str_value(v)) type_error(std::string(prefix) + "must be str, not " + type_name(v));
  return as_str(v);
}

namespace {
bool has_index_method(Value v) {
  static Str* name = intern("__index__");
  return !type_lookup(type_of(v), name).is_null();
}

int64_t clamp_int(Value iv) {
  if (iv.is_small_int()) return iv.as_small_int();
  if (int_fits_i64(iv)) {
    int64_t x = int_as_i64(iv);
    return std::clamp<int64_t>(x, -(int64_t(1) << 62), int64_t(1) << 62);
  }
  return int_sign(iv) < 0 ? -(int64_t(1) << 62) : (int64_t(1) << 62);
}
}  // namespace

int64_t slice_arg(Value v, int64_t dflt) {
  if (v.is_null() || v.is_none()) return dflt;
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (is_int(v)) return clamp_int(int_value(v));
  if (!has_index_method(v))
    type_error("slice indices must be integers or None or have an __index__ method");
  Ref i = index_object(v);
  return clamp_int(i.get());
}

// The repeat count of seq * n: ints and __index__ objects; anything else is
// CPython's "can't multiply sequence by non-int".
int64_t repeat_count(Value n) {
  if (n.is_small_int()) return n.as_small_int();
  if (n.is_bool()) return n.is_true();
  if (is_int(n) || has_index_method(n)) {
    Ref i = index_object(n);
    if (!int_fits_i64(i.get())) raise(OverflowError_, "cannot fit 'int' into an index-sized integer");
    return int_as_i64(i.get());
  }
  type_error("can't multiply sequence by non-int of type '" + type_name(n) + "'");
}

// Whether a user class defines a reflected operator (built-in types other
// than str never handle str operands).
bool heap_type_defines(Value v, const char* dunder) {
  Type* t = type_of(v);
  if (!(t->flags & kTypeHeap)) return false;
  return !type_lookup(t, intern(dunder)).is_null();
}

void method_args_error(Value self, const char* name, size_t nargs, Tuple* kw, size_t min, size_t max,
                       bool varargs_style) {
  // Old-style varargs methods (find, count, startswith...) give the bare name.
  if (kw && kw->size > 0 && varargs_style) type_error(std::string(name) + "() takes no keyword arguments");
  // CPython names the class for METH_NOARGS / METH_O methods.
  std::string tname = type_of(self) == &TypeType ? static_cast<Type*>(self.as_obj())->name
                      : is_str_value(self)      ? "str"
                      : is_bytearray(self)      ? "bytearray"
                                                : "bytes";
  std::string full = tname + "." + name + "()";
  if (kw && kw->size > 0) type_error(full + " takes no keyword arguments");
  std::string given = " (" + std::to_string(nargs) + " given)";
  if (min == 0 && max == 0) type_error(full + " takes no arguments" + given);
  if (min == 1 && max == 1) type_error(full + " takes exactly one argument" + given);
  if (!varargs_style) check_nargs(name, nargs, kw, min, max);
  size_t n = nargs < min ? min : max;
  type_error(std::string(name) + "() takes " + (nargs < min ? "at least " : "at most ") +
             std::to_string(n) + (n == 1 ? " argument" : " arguments") + given);
}

int64_t size_arg(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  return index_value(v);
}

// ------------------------------------------------------------------ indexing

namespace {

Ref str_slice(Str* s, Value key) {
  int64_t start, stop, step;
  int64_t n = slice_indices(key, s->length, &start, &stop, &step);
  if (n <= 0) return Ref::steal(empty_str());
  if (step == 1 && n == s->length && s->type == &StrType) return Ref::borrow(s);
  if (s->ascii) {
    if (step == 1) return str_from_ascii(std::string_view(s->data + start, size_t(n)));
    Str* o = str_alloc(&StrType, size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) o->data[i] = s->data[j];
    return str_finish(o, n);
  }
  std::string_view v = s->view();
  if (step == 1) {
    size_t b0 = utf8_offset(v, start);
    size_t b1 = b0 + utf8_offset(v.substr(b0), n);
    std::string_view part = v.substr(b0, b1 - b0);
    if (n == 1) {
      int nb;
      return str_from_codepoint(utf8_decode(part.data(), &nb));
    }
    Str* o = str_alloc(&StrType, part.size());
    std::memcpy(o->data, part.data(), part.size());
    return str_finish(o, n);
  }
  // General step: index every code point once, then pick.
  std::vector<uint32_t> offs;
  offs.reserve(size_t(s->length) + 1);
  for (size_t i = 0; i < v.size();) {
    offs.push_back(uint32_t(i));
    unsigned char c = static_cast<unsigned char>(v[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  offs.push_back(uint32_t(v.size()));
  std::string out;
  for (int64_t i = 0, j = start; i < n; ++i, j += step)
    out.append(v.data() + offs[size_t(j)], offs[size_t(j) + 1] - offs[size_t(j)]);
  return str_from_buf(out, n);
}

Ref str_index(Str* s, int64_t i) {
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) index_error("string index out of range");
  if (s->ascii) return Ref::steal(latin1_char(static_cast<unsigned char>(s->data[i])));
  return str_from_codepoint(str_char_at(s, i));
}

}  // namespace

Ref str_getitem(Value sv, Value key) {
  Str* s = as_str(sv);
  if (key.is_small_int()) return str_index(s, key.as_small_int());
  if (type_of(key) == &SliceType) return str_slice(s, key);
  if (key.is_bool()) return str_index(s, key.is_true() ? 1 : 0);
  if (is_int(key) || has_index_method(key)) {
    Ref i = index_object(key);
    if (!int_fits_i64(i.get())) index_error("cannot fit 'int' into an index-sized integer");
    return str_index(s, int_as_i64(i.get()));
  }
  type_error("string indices must be integers, not '" + type_name(key) + "'");
}

// -------------------------------------------------------------------- repr

std::string ascii_escape_repr(std::string_view s, bool escape_non_ascii) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back(quote);
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (c == quote || c == '\\') {
        out.push_back('\\');
        out.push_back(char(c));
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20 || c == 0x7F) {
        out += "\\x";
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
      } else {
        out.push_back(char(c));
      }
      continue;
    }
    int nb;
    uint32_t cp = utf8_decode(s.data() + i, &nb);
    if (!escape_non_ascii && unicode_isprintable(cp)) {
      out.append(s.data() + i, size_t(nb));
    } else {
      char buf[16];
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
    i += size_t(nb);
  }
  out.push_back(quote);
  return out;
}

std::string str_repr_utf8(std::string_view s) { return ascii_escape_repr(s, false); }
std::string str_ascii_utf8(std::string_view s) { return ascii_escape_repr(s, true); }

// ------------------------------------------------------------------- slots

namespace {

Ref str_repr_slot(Value self) {
  Str* s = as_str(self);
  std::string r = str_repr_utf8(s->view());
  return s->ascii ? str_from_ascii(r) : str_new(r);
}

Ref str_str_slot(Value self) { return str_exact(self); }

int64_t str_hash_slot(Value self) { return str_hash(as_str(self)); }

Ref str_richcmp(Value a, Value b, CmpOp op) {
  if (!is_str_value(a) || !is_str_value(b)) return Ref::borrow(not_implemented());
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CmpOp::Eq) return Ref::boolean(str_equal(x, y));
  if (op == CmpOp::Ne) return Ref::boolean(!str_equal(x, y));
  // UTF-8 byte order is code point order.
  size_t n = size_t(std::min(x->size, y->size));
  int c = std::memcmp(x->data, y->data, n);
  if (c == 0) c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
  switch (op) {
    case CmpOp::Lt: return Ref::boolean(c < 0);
    case CmpOp::Le: return Ref::boolean(c <= 0);
    case CmpOp::Gt: return Ref::boolean(c > 0);
    default: return Ref::boolean(c >= 0);
  }
}

Ref str_binop(BinOp op, Value a, Value b, bool reflected) {
  Value self = reflected ? b : a;
  Value other = reflected ? a : b;
  switch (op) {
    case BinOp::Add:
      if (reflected) return Ref::borrow(not_implemented());
      if (is_str_value(other)) return str_concat(a, b);
      if (heap_type_defines(other, "__radd__")) return Ref::borrow(not_implemented());
      type_error("can only concatenate str (not \"" + type_name(other) + "\") to str");
    case BinOp::Mul:
      if (!reflected && !other.is_small_int() && (type_of(other)->flags & kTypeHeap) &&
          !is_int(other) && heap_type_defines(other, "__rmul__"))
        return Ref::borrow(not_implemented());
      return str_repeat(self, repeat_count(other));
    case BinOp::Mod:
      if (reflected) return Ref::borrow(not_implemented());
      return str_percent_format(a, b);
    default:
      return Ref::borrow(not_implemented());
  }
}

int64_t str_len_slot(Value self) { return as_str(self)->length; }

int str_contains_slot(Value self, Value item) {
  if (!is_str_value(item))
    type_error("'in <string>' requires string as left operand, not " + type_name(item));
  return str_view(self).find(str_view(item)) != std::string_view::npos;
}

int str_truth_slot(Value self) { return as_str(self)->size != 0; }

std::string arg_string(Value v, const char* argname) {
  if (!is_str_value(v))
    type_error(std::string("str() argument '") + argname + "' must be str, not " + type_name(v));
  return std::string(str_view(v));
}

Ref str_new_slot(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  parse_args("str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, a);
  Ref r;
  if (a[0].is_null()) {
    r = Ref::steal(empty_str());
  } else if (a[1].is_null() && a[2].is_null()) {
    r = str_of(a[0]);
  } else {
    std::string enc = a[1].is_null() ? "utf-8" : arg_string(a[1], "encoding");
    std::string err = a[2].is_null() ? "strict" : arg_string(a[2], "errors");
    if (is_str_value(a[0])) type_error("decoding str is not supported");
    std::string_view data;
    if (!buffer_view(a[0], &data))
      type_error("decoding to str: need a bytes-like object, " + type_name(a[0]) + " found");
    r = str_decode(data, enc, err);
  }
  if (t == &StrType) return is_exact_str(r.get()) ? std::move(r) : str_new(str_view(r.get()));
  return str_new_of_type(t, str_view(r.get()));
}

// ---------------------------------------------------------------- iterator

struct StrIter : Object {
  Str* s;        // owned; null once exhausted
  int64_t pos;   // byte offset of the next character
};

void str_iter_dealloc(Object* o) {
  auto* it = static_cast<StrIter*>(o);
  if (it->s) decref(it->s);
}

Ref str_iter_self(Value self) { return Ref::borrow(self); }

Value str_iter_next(Value self) {
  auto* it = static_cast<StrIter*>(self.as_obj());
  Str* s = it->s;
  if (!s) return Value::null();
  if (it->pos >= s->size) {
    it->s = nullptr;
    decref(s);
    return Value::null();
  }
  auto c = static_cast<unsigned char>(s->data[it->pos]);
  if (c < 0x80) {
    ++it->pos;
    return Value::object(latin1_char(c));   // immortal: no count to take
  }
  int nb;
  uint32_t cp = utf8_decode(s->data + it->pos, &nb);
  it->pos += nb;
  return str_from_codepoint(cp).release();
}

Ref str_iter_slot(Value self) {
  Str* s = as_str(self);
  auto* it = alloc_object<StrIter>(s->ascii ? &StrAsciiIterType : &StrIterType);
  incref(s);
  it->s = s;
  it->pos = 0;
  return Ref::steal(it);
}

void ready_iter_type(Type* t, const char* name) {
  t->name = t->qualname = name;
  t->module = "builtins";
  t->basic_size = sizeof(StrIter);
  t->dealloc = str_iter_dealloc;
  t->iter = str_iter_self;
  t->next = str_iter_next;
  type_ready(t);
}

void str_dealloc(Object*) {}   // no owned references; memory is freed by the caller

}  // namespace

void init_text_types() {
  unicode_db_init();
  (void)caches();
  Type* t = &StrType;
  t->name = t->qualname = "str";
  t->module = "builtins";
  t->basic_size = kStrHeader + 1;
  t->flags |= kTypeBaseType | kTypeStrSub;
  t->dealloc = str_dealloc;
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->richcmp = str_richcmp;
  t->binop = str_binop;
  t->len = str_len_slot;
  t->getitem = str_getitem;
  t->contains = str_contains_slot;
  t->iter = str_iter_slot;
  t->truth = str_truth_slot;
  t->new_ = str_new_slot;
  type_ready(t, kStrMethods);
  ready_iter_type(&StrAsciiIterType, "str_ascii_iterator");
  ready_iter_type(&StrIterType, "str_iterator");
  init_bytes_types();
}

}  // namespace gilpy
