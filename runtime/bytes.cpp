// bytes.cpp — the bytes (immutable) and bytearray (mutable) types: storage,
// construction, repr, hashing, comparison, operators, indexing, slicing and
// slice assignment, iteration. Their methods are in bytes_methods.cpp.
//
// bytes keeps its data inline after the header; bytearray keeps a separate
// growable buffer (data points to inline_data while it is empty). A
// bytearray counts live buffer exports; while any exist its size is frozen
// (BufferError), so an exported pointer can never dangle.
#include <algorithm>
#include <atomic>
#include <cstring>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str_impl.hpp"

namespace gilpy {

Type BytesType;
Type ByteArrayType;

namespace {
Type BytesIterType;
Type ByteArrayIterType;
Bytes* g_empty_bytes = nullptr;   // immortal b''
}  // namespace

// ------------------------------------------------------------------ storage

Bytes* bytes_alloc(Type* t, size_t n) {
  size_t header = kBytesHeader;
  if (t != &BytesType) header = std::max(header, size_t(t->basic_size) > 0 ? size_t(t->basic_size) - 1 : 0);
  if (n > (size_t(1) << 46)) memory_error();
  // alloc_object constructs a whole Bytes, so never allocate less than one.
  Bytes* b = alloc_object<Bytes>(t, std::max(sizeof(Bytes), header + n + 1));
  b->hash = -1;
  b->size = int64_t(n);
  b->data = b->inline_data;
  b->data[n] = '\0';
  return b;
}

namespace {

Bytes* bytearray_alloc(Type* t) {
  size_t sz = std::max(sizeof(Bytes), size_t(t->basic_size));
  Bytes* b = alloc_object<Bytes>(t, sz);
  b->hash = -1;
  b->data = b->inline_data;
  b->data[0] = '\0';
  return b;
}

// Ensures room for n bytes (plus the NUL kept after the data).
void ba_reserve(Bytes* b, size_t n) {
  if (int64_t(n) <= b->capacity) return;
  if (n > (size_t(1) << 46)) memory_error();
  size_t cap = std::max(n, size_t(b->capacity) + size_t(b->capacity) / 2 + 8);
  char* buf = static_cast<char*>(alloc_raw(cap + 1));
  std::memcpy(buf, b->data, size_t(b->size) + 1);
  if (b->data != b->inline_data) free_raw(b->data);
  b->data = buf;
  b->capacity = int64_t(cap);
}

}  // namespace

// Changing a bytearray's size is refused while its buffer is exported.
void bytearray_resize(Bytes* b, size_t n) {
  if (int64_t(n) != b->size && b->exports > 0)
    raise(BufferError_, "Existing exports of data: object cannot be re-sized");
  ba_reserve(b, n);
  b->size = int64_t(n);
  b->data[n] = '\0';
}

// Replaces bytes [start, stop) of a bytearray with `repl`.
void bytearray_splice(Bytes* b, int64_t start, int64_t stop, std::string_view repl) {
  std::string keep(repl);   // repl may view b itself
  int64_t old_len = stop - start, new_len = int64_t(keep.size());
  int64_t tail = b->size - stop;
  if (new_len != old_len) {
    size_t old_size = size_t(b->size);
    if (new_len > old_len) bytearray_resize(b, old_size + size_t(new_len - old_len));
    std::memmove(b->data + start + new_len, b->data + stop, size_t(tail));
    if (new_len < old_len) bytearray_resize(b, old_size - size_t(old_len - new_len));
  }
  std::memcpy(b->data + start, keep.data(), keep.size());
}

Ref bytes_new(std::string_view data) {
  if (data.empty() && g_empty_bytes) return Ref::steal(g_empty_bytes);
  Bytes* b = bytes_alloc(&BytesType, data.size());
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(b);
}

namespace {
Ref bytearray_new_of(Type* t, std::string_view data) {
  Bytes* b = bytearray_alloc(t);
  Ref r = Ref::steal(b);
  bytearray_resize(b, data.size());
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return r;
}

Ref bytes_new_of(Type* t, std::string_view data) {
  if (t == &BytesType) return bytes_new(data);
  Bytes* b = bytes_alloc(t, data.size());
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(b);
}
}  // namespace

Ref bytearray_new(std::string_view data) { return bytearray_new_of(&ByteArrayType, data); }

Ref bytes_of_kind(Value like, std::string_view data) {
  return is_bytearray(like) ? bytearray_new(data) : bytes_new(data);
}

bool is_bytes_like(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t == &BytesType || t == &ByteArrayType || is_subtype(t, &BytesType) ||
         is_subtype(t, &ByteArrayType);
}

bool buffer_view(Value v, std::string_view* out) {
  if (!is_bytes_like(v)) return false;
  *out = as_bytes(v)->view();
  return true;
}

std::string_view expect_buffer(Value v) {
  std::string_view out;
  if (!buffer_view(v, &out)) type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  return out;
}

// -------------------------------------------------------------------- repr

std::string bytes_repr_utf8(std::string_view b, bool bytearray) {
  bool has_single = b.find('\'') != std::string_view::npos;
  bool has_double = b.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char* hex = "0123456789abcdef";
  std::string out = bytearray ? "bytearray(b" : "b";
  out.push_back(quote);
  for (unsigned char c : b) {
    // CPython's bytearray repr escapes ' even inside double quotes.
    if (c == quote || c == '\\' || (bytearray && c == '\'')) {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
  if (bytearray) out.push_back(')');
  return out;
}

// ------------------------------------------------------------ construction

// An int in range(256) for a bytes/bytearray element.
uint8_t byte_value(Value v, const char* range_msg) {
  int64_t i;
  if (v.is_small_int()) {
    i = v.as_small_int();
  } else {
    Ref iv = index_object(v);   // TypeError "'str' object cannot be interpreted as an integer"
    if (!int_fits_i64(iv.get())) value_error(range_msg);
    i = int_as_i64(iv.get());
  }
  if (i < 0 || i > 255) value_error(range_msg);
  return uint8_t(i);
}

namespace {

bool heap_has(Value v, const char* name) { return heap_type_defines(v, name); }

bool is_index_like(Value v) { return is_int(v) || heap_has(v, "__index__"); }

std::string bytes_from_iterable(Value src, const char* range_msg) {
  std::string out;
  if (type_of(src) == &ListType) {
    // Indexed, with the size re-read: an __index__ method could shrink it.
    for (int64_t i = 0; i < as_list(src)->size; ++i)
      out.push_back(char(byte_value(as_list(src)->items[i], range_msg)));
    return out;
  }
  for_each(src, [&](Value v) { out.push_back(char(byte_value(v, range_msg))); });
  return out;
}

}  // namespace

std::string bytes_from_object(Value src, Value encoding, Value errors, const char* tname) {
  bool is_bytes = std::strcmp(tname, "bytes") == 0;
  if (src.is_null()) {
    if (!encoding.is_null()) type_error("encoding without a string argument");
    if (!errors.is_null()) type_error("errors without a string argument");
    return {};
  }
  if (is_str_value(src)) {
    if (encoding.is_null()) type_error("string argument without an encoding");
    std::string_view enc = expect_str(encoding, (std::string(tname) + "() argument 'encoding' ").c_str())->view();
    std::string_view err = "strict";
    if (!errors.is_null()) err = expect_str(errors, (std::string(tname) + "() argument 'errors' ").c_str())->view();
    return str_encode(str_view(src), enc, err);
  }
  if (!encoding.is_null()) type_error("encoding without a string argument");
  if (!errors.is_null()) type_error("errors without a string argument");
  if (is_bytes && heap_has(src, "__bytes__")) {
    Ref b = call_method(src, "__bytes__", {});
    if (!isinstance_of(b.get(), &BytesType))
      type_error("__bytes__ returned non-bytes (type " + type_name(b.get()) + ")");
    return std::string(as_bytes(b.get())->view());
  }
  std::string_view view;
  if (buffer_view(src, &view)) return std::string(view);
  if (is_index_like(src)) {
    int64_t n = index_value(src);
    if (n < 0) value_error("negative count");
    if (n > (int64_t(1) << 46)) memory_error();
    return std::string(size_t(n), '\0');
  }
  Type* t = type_of(src);
  if (!t->iter && !t->getitem)
    type_error("cannot convert '" + type_name(src) + "' object to " + tname);
  return bytes_from_iterable(src, is_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
}

namespace {

Ref bytes_new_slot(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  parse_args("bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a);
  if (a[0].is_null() && a[1].is_null() && a[2].is_null() && t == &BytesType) return bytes_new({});
  if (t == &BytesType && !a[0].is_null() && type_of(a[0]) == &BytesType && a[1].is_null() &&
      a[2].is_null())
    return Ref::borrow(a[0]);   // bytes(b) is b, as in CPython
  return bytes_new_of(t, bytes_from_object(a[0], a[1], a[2], "bytes"));
}

Ref bytearray_new_slot(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  parse_args("bytearray", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a);
  return bytearray_new_of(t, bytes_from_object(a[0], a[1], a[2], "bytearray"));
}

// ---------------------------------------------------------- basic slots

Ref bytes_repr_slot(Value self) {
  Bytes* b = as_bytes(self);
  if (!is_bytearray(self)) return str_from_ascii(bytes_repr_utf8(b->view(), false));
  std::string r = bytes_repr_utf8(b->view(), true);
  if (b->type != &ByteArrayType) r = b->type->name + r.substr(9);   // subclass: its own name
  return str_new(r);
}

// Immortal bytes (code constants) may be hashed by two threads at once:
// relaxed atomics make the benign race well-defined.
int64_t bytes_hash_slot(Value self) {
  Bytes* b = as_bytes(self);
  std::atomic_ref<int64_t> cached(b->hash);
  int64_t h = cached.load(std::memory_order_relaxed);
  if (h == -1) {
    h = bytes_hash_raw(b->view());
    cached.store(h, std::memory_order_relaxed);
  }
  return h;
}

int64_t bytearray_hash_slot(Value) { type_error("unhashable type: 'bytearray'"); }

Ref bytes_richcmp(Value a, Value b, CmpOp op) {
  std::string_view x, y;
  if (!buffer_view(a, &x) || !buffer_view(b, &y)) return Ref::borrow(not_implemented());
  if (op == CmpOp::Eq) return Ref::boolean(x == y);
  if (op == CmpOp::Ne) return Ref::boolean(x != y);
  int c = x.compare(y);
  switch (op) {
    case CmpOp::Lt: return Ref::boolean(c < 0);
    case CmpOp::Le: return Ref::boolean(c <= 0);
    case CmpOp::Gt: return Ref::boolean(c > 0);
    default: return Ref::boolean(c >= 0);
  }
}

Ref repeat_bytes(Value self, int64_t n) {
  std::string_view v = as_bytes(self)->view();
  if (n <= 0 || v.empty()) return bytes_of_kind(self, {});
  if (n == 1 && type_of(self) == &BytesType) return Ref::borrow(self);
  if (int64_t(v.size()) > INT64_MAX / n) overflow_error("repeated bytes are too long");
  if (int64_t(v.size()) > (int64_t(1) << 46) / n) memory_error();
  std::string out;
  out.reserve(v.size() * size_t(n));
  for (int64_t i = 0; i < n; ++i) out += v;
  return bytes_of_kind(self, out);
}

const char* kind_name(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

Ref bytes_binop(BinOp op, Value a, Value b, bool reflected) {
  Value self = reflected ? b : a;
  Value other = reflected ? a : b;
  switch (op) {
    case BinOp::Add: {
      if (reflected) return Ref::borrow(not_implemented());
      std::string_view y;
      if (!buffer_view(other, &y)) {
        if (heap_type_defines(other, "__radd__")) return Ref::borrow(not_implemented());
        type_error("can't concat " + type_name(other) + " to " + kind_name(self));
      }
      std::string out(as_bytes(self)->view());
      out += y;
      return bytes_of_kind(self, out);
    }
    case BinOp::Mul:
      if (!reflected && !is_int(other) && heap_type_defines(other, "__rmul__"))
        return Ref::borrow(not_implemented());
      return repeat_bytes(self, repeat_count(other));
    case BinOp::Mod:
      if (reflected) return Ref::borrow(not_implemented());
      return bytes_percent_format(a, b);
    default:
      return Ref::borrow(not_implemented());
  }
}

// bytearray += / *= mutate in place.
Ref bytearray_inplace(BinOp op, Value a, Value b) {
  Bytes* ba = as_bytes(a);
  if (op == BinOp::Add) {
    std::string_view y;
    if (!buffer_view(b, &y)) type_error("can't concat " + type_name(b) + " to bytearray");
    // CPython exports b's buffer while resizing a: `x += x` is refused.
    if (b.as_obj() == a.as_obj())
      raise(BufferError_, "Existing exports of data: object cannot be re-sized");
    bytearray_splice(ba, ba->size, ba->size, y);
    return Ref::borrow(a);
  }
  if (op == BinOp::Mul) {
    int64_t n = repeat_count(b);
    std::string unit(ba->view());
    if (n <= 0) {
      bytearray_resize(ba, 0);
    } else {
      if (int64_t(unit.size()) > (int64_t(1) << 46) / n) memory_error();
      bytearray_resize(ba, unit.size() * size_t(n));
      for (int64_t i = 1; i < n; ++i) std::memcpy(ba->data + size_t(i) * unit.size(), unit.data(), unit.size());
    }
    return Ref::borrow(a);
  }
  return Ref();
}

int64_t bytes_len_slot(Value self) { return as_bytes(self)->size; }
int bytes_truth_slot(Value self) { return as_bytes(self)->size != 0; }

int bytes_contains_slot(Value self, Value item) {
  std::string_view v = as_bytes(self)->view();
  if (is_index_like(item)) return v.find(char(byte_value(item))) != std::string_view::npos;
  return v.find(expect_buffer(item)) != std::string_view::npos;
}

// ------------------------------------------------------ indexing, slicing

int64_t item_index(Value self, Value key, const char* what) {
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else {
    Ref iv = index_object(key);
    if (!int_fits_i64(iv.get())) index_error("cannot fit 'int' into an index-sized integer");
    i = int_as_i64(iv.get());
  }
  int64_t n = as_bytes(self)->size;
  if (i < 0) i += n;
  if (i < 0 || i >= n) index_error(what);
  return i;
}

[[noreturn]] void bad_index_type(Value self, Value key) {
  type_error(std::string(is_bytearray(self) ? "bytearray" : "byte") +
             " indices must be integers or slices, not " + type_name(key));
}

Ref bytes_getitem_slot(Value self, Value key) {
  Bytes* b = as_bytes(self);
  bool ba = is_bytearray(self);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = item_index(self, key, ba ? "bytearray index out of range" : "index out of range");
    return Ref::steal(Value::small_int(static_cast<unsigned char>(b->data[i])));
  }
  if (type_of(key) != &SliceType) bad_index_type(self, key);
  int64_t start, stop, step;
  int64_t n = slice_indices(key, b->size, &start, &stop, &step);
  if (n <= 0) return bytes_of_kind(self, {});
  if (step == 1) {
    if (!ba && n == b->size && b->type == &BytesType) return Ref::borrow(self);
    return bytes_of_kind(self, std::string_view(b->data + start, size_t(n)));
  }
  std::string out(size_t(n), '\0');
  for (int64_t i = 0, j = start; i < n; ++i, j += step) out[size_t(i)] = b->data[j];
  return bytes_of_kind(self, out);
}

// Deletes the items of an extended slice (step != 1), keeping order.
void delete_extended(Bytes* b, int64_t start, int64_t step, int64_t n) {
  std::vector<bool> gone(size_t(b->size), false);
  for (int64_t i = 0, j = start; i < n; ++i, j += step) gone[size_t(j)] = true;
  std::string out;
  out.reserve(size_t(b->size - n));
  for (int64_t i = 0; i < b->size; ++i)
    if (!gone[size_t(i)]) out.push_back(b->data[i]);
  bytearray_resize(b, out.size());
  std::memcpy(b->data, out.data(), out.size());
}

std::string assigned_bytes(Value v) {
  std::string_view view;
  if (buffer_view(v, &view)) return std::string(view);
  Type* t = type_of(v);
  if (is_int(v) || is_str_value(v) || (!t->iter && !t->getitem))
    type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return bytes_from_iterable(v, "byte must be in range(0, 256)");
}

void bytearray_setitem_slot(Value self, Value key, Value v) {
  Bytes* b = as_bytes(self);
  if (key.is_small_int() || is_index_like(key)) {
    int64_t i = item_index(self, key, "bytearray index out of range");
    if (v.is_null()) {
      bytearray_splice(b, i, i + 1, {});
      return;
    }
    b->data[i] = char(byte_value(v));
    return;
  }
  if (type_of(key) != &SliceType) bad_index_type(self, key);
  std::string repl;
  if (!v.is_null()) repl = assigned_bytes(v);
  int64_t start, stop, step;
  int64_t n = slice_indices(key, b->size, &start, &stop, &step);
  if (step == 1) {
    if (stop < start) stop = start;
    bytearray_splice(b, start, stop, repl);
    return;
  }
  if (v.is_null() || repl.empty()) {   // CPython: assigning b'' deletes, any step
    if (n > 0) {
      if (step < 0) {   // same set of indices walked forwards
        start = start + step * (n - 1);
        step = -step;
      }
      delete_extended(b, start, step, n);
    }
    return;
  }
  if (int64_t(repl.size()) != n)
    value_error("attempt to assign bytes of size " + std::to_string(repl.size()) +
                " to extended slice of size " + std::to_string(n));
  for (int64_t i = 0, j = start; i < n; ++i, j += step) b->data[j] = repl[size_t(i)];
}

// --------------------------------------------------------------- iteration

struct BytesIter : Object {
  Bytes* b;      // owned; null once exhausted
  int64_t pos;
};

void bytes_iter_dealloc(Object* o) {
  auto* it = static_cast<BytesIter*>(o);
  if (it->b) decref(it->b);
}

Ref bytes_iter_self(Value self) { return Ref::borrow(self); }

Value bytes_iter_next(Value self) {
  auto* it = static_cast<BytesIter*>(self.as_obj());
  Bytes* b = it->b;
  if (!b) return Value::null();
  if (it->pos >= b->size) {   // re-checked each step: a bytearray may shrink
    it->b = nullptr;
    decref(b);
    return Value::null();
  }
  return Value::small_int(static_cast<unsigned char>(b->data[it->pos++]));
}

Ref bytes_iter_slot(Value self) {
  auto* it = alloc_object<BytesIter>(is_bytearray(self) ? &ByteArrayIterType : &BytesIterType);
  incref(self);
  it->b = as_bytes(self);
  it->pos = 0;
  return Ref::steal(it);
}

void ready_iter(Type* t, const char* name) {
  t->name = t->qualname = name;
  t->module = "builtins";
  t->basic_size = sizeof(BytesIter);
  t->dealloc = bytes_iter_dealloc;
  t->iter = bytes_iter_self;
  t->next = bytes_iter_next;
  type_ready(t);
}

void bytes_dealloc(Object*) {}

void bytearray_dealloc(Object* o) {
  auto* b = static_cast<Bytes*>(o);
  if (b->data != b->inline_data) free_raw(b->data);
}

void fill_common(Type* t, const char* name) {
  t->name = t->qualname = name;
  t->module = "builtins";
  t->flags |= kTypeBaseType;
  t->repr = bytes_repr_slot;
  t->richcmp = bytes_richcmp;
  t->binop = bytes_binop;
  t->len = bytes_len_slot;
  t->getitem = bytes_getitem_slot;
  t->contains = bytes_contains_slot;
  t->iter = bytes_iter_slot;
  t->truth = bytes_truth_slot;
}

}  // namespace

void init_bytes_types() {
  Type* b = &BytesType;
  fill_common(b, "bytes");
  b->basic_size = kBytesHeader + 1;
  b->dealloc = bytes_dealloc;
  b->hash = bytes_hash_slot;
  b->new_ = bytes_new_slot;
  type_ready(b, kBytesMethods);

  Type* ba = &ByteArrayType;
  fill_common(ba, "bytearray");
  ba->basic_size = sizeof(Bytes);
  ba->dealloc = bytearray_dealloc;
  ba->hash = bytearray_hash_slot;
  ba->inplace = bytearray_inplace;
  ba->setitem = bytearray_setitem_slot;
  ba->new_ = bytearray_new_slot;
  type_ready(ba, kByteArrayMethods);
  dict_set_str(ba->dict, "__hash__", Value::none());   // bytearray.__hash__ is None

  ready_iter(&BytesIterType, "bytes_iterator");
  ready_iter(&ByteArrayIterType, "bytearray_iterator");

  Bytes* e = bytes_alloc(&BytesType, 0);
  e->hash = 0;
  make_immortal(e);
  g_empty_bytes = e;
}

}  // namespace gilpy
