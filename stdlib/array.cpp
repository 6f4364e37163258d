// array.cpp — the `array` module: array.array, a typed contiguous C buffer.
//
// Items are stored raw in native byte order (the layout native kernels see
// through stdlib/array.hpp). Reading an item builds a Value directly from the
// buffer: ints up to 48 bits and all floats are immediates, so iterating
// (sum(a), for x in a) allocates nothing. Conversions on store follow
// CPython's, including its exact OverflowError messages for each typecode.
#include "stdlib/array.hpp"

#include <algorithm>
#include <climits>
#include <cstring>
#include <string>

#include "runtime/container_util.hpp"
#include "stdlib/buffer.hpp"

namespace gilpy {

Type ArrayType;
static Type ArrayIterType;

using namespace cont;

namespace {

struct Array : Object {
  char typecode;
  int itemsize;
  int64_t length;      // items
  int64_t capacity;    // items allocated
  char* data;          // mimalloc buffer
  int64_t exports;     // live buffer exports: no resizing while > 0
};

Array* as_array(Value v) { return static_cast<Array*>(v.as_obj()); }
bool is_array(Value v) { return isinstance_of(v, &ArrayType); }

int itemsize_of(char tc) {
  switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'u': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

template <class T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
void store(char* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

// ------------------------------------------------------------ item access
uint32_t decode_utf8(const char* s) {
  auto b = [&](int i) { return uint32_t(uint8_t(s[i])); };
  uint32_t c = b(0);
  if (c < 0x80) return c;
  if (c < 0xE0) return ((c & 0x1F) << 6) | (b(1) & 0x3F);
  if (c < 0xF0) return ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

Value i64_value(int64_t v) { return Value::fits_small(v) ? Value::small_int(v) : int_from_i64(v).release(); }
Value u64_value(uint64_t v) {
  return v <= uint64_t(Value::kSmallMax) ? Value::small_int(int64_t(v)) : int_from_u64(v).release();
}

// The item at `p` as an owned Value.
Value read_item(char tc, const char* p) {
  switch (tc) {
    case 'b': return Value::small_int(load<int8_t>(p));
    case 'B': return Value::small_int(load<uint8_t>(p));
    case 'h': return Value::small_int(load<int16_t>(p));
    case 'H': return Value::small_int(load<uint16_t>(p));
    case 'i': return Value::small_int(load<int32_t>(p));
    case 'I': return Value::small_int(load<uint32_t>(p));
    case 'l': case 'q': return i64_value(load<int64_t>(p));
    case 'L': case 'Q': return u64_value(load<uint64_t>(p));
    case 'f': return Value::from_double(load<float>(p));
    case 'd': return Value::from_double(load<double>(p));
    default: return str_from_codepoint(load<uint32_t>(p)).release();
  }
}

Value get_item(const Array* a, int64_t i) { return read_item(a->typecode, a->data + i * a->itemsize); }

[[noreturn]] void range_error(const char* what, bool too_big) {
  overflow_error(std::string(what) + (too_big ? " is greater than maximum" : " is less than minimum"));
}
void check_range_of(__int128 v, __int128 lo, __int128 hi, const char* what) {
  if (v < lo) range_error(what, false);
  if (v > hi) range_error(what, true);
}

// An int converted as CPython's array does, with its messages: `fits` tells
// whether it fits int64 (then `v` holds it), `fits_u64` whether 0 <= it < 2**64.
struct IntArg {
  __int128 v = 0;
  bool fits = true, fits_u64 = true, negative = false;
};

IntArg int_arg(Value x) {
  IntArg r;
  if (x.is_small_int()) {
    r.v = x.as_small_int();
  } else {
    Ref iv = index_object(x);
    Value i = iv.get();
    r.negative = int_sign(i) < 0;
    r.fits = int_fits_i64(i);
    if (r.fits) {
      r.v = int_as_i64(i);
    } else if (!r.negative) {
      Ref max = int_from_u64(UINT64_MAX);
      r.fits_u64 = int_compare(i, max.get()) <= 0;
      if (r.fits_u64) {   // 2**63 <= i < 2**64: i - 2**63 fits int64
        Ref half = int_from_u64(uint64_t(1) << 63);
        Ref low = int_binop(BinOp::Sub, i, half.get());
        r.v = (__int128(1) << 63) + int_as_i64(low.get());
      }
    }
    if (!r.fits && r.negative) r.fits_u64 = false;
    return r;
  }
  r.negative = r.v < 0;
  return r;
}

void store_int(char tc, char* out, Value x) {
  IntArg a = int_arg(x);
  const char* too_long = "Python int too large to convert to C long";
  switch (tc) {
    case 'b':
      if (!a.fits) overflow_error(too_long);
      check_range_of(a.v, SHRT_MIN, SHRT_MAX, "signed short integer");
      check_range_of(a.v, SCHAR_MIN, SCHAR_MAX, "signed char");
      return store<int8_t>(out, int8_t(a.v));
    case 'B':
      if (!a.fits) overflow_error(too_long);
      check_range_of(a.v, 0, UCHAR_MAX, "unsigned byte integer");
      return store<uint8_t>(out, uint8_t(a.v));
    case 'h':
      if (!a.fits) overflow_error(too_long);
      check_range_of(a.v, SHRT_MIN, SHRT_MAX, "signed short integer");
      return store<int16_t>(out, int16_t(a.v));
    case 'H':
      if (!a.fits) overflow_error(too_long);
      check_range_of(a.v, INT_MIN, INT_MAX, "signed integer");
      check_range_of(a.v, 0, USHRT_MAX, "unsigned short");
      return store<uint16_t>(out, uint16_t(a.v));
    case 'i':
      if (!a.fits) overflow_error(too_long);
      check_range_of(a.v, INT_MIN, INT_MAX, "signed integer");
      return store<int32_t>(out, int32_t(a.v));
    case 'I':
      if (a.negative) overflow_error("can't convert negative value to unsigned int");
      if (!a.fits_u64) overflow_error("Python int too large to convert to C unsigned long");
      if (a.v > UINT_MAX) range_error("unsigned int", true);
      return store<uint32_t>(out, uint32_t(a.v));
    case 'l':
      if (!a.fits) overflow_error(too_long);
      return store<int64_t>(out, int64_t(a.v));
    case 'L':
      if (a.negative) overflow_error("can't convert negative value to unsigned int");
      if (!a.fits_u64) overflow_error("Python int too large to convert to C unsigned long");
      return store<uint64_t>(out, uint64_t(a.v));
    case 'q':
      if (!a.fits) overflow_error("int too big to convert");
      return store<int64_t>(out, int64_t(a.v));
    default:   // 'Q'
      if (a.negative) overflow_error("can't convert negative int to unsigned");
      if (!a.fits_u64) overflow_error("int too big to convert");
      return store<uint64_t>(out, uint64_t(a.v));
  }
}

// Converts x for typecode tc into `out` (itemsize bytes); nothing is written on error.
void convert_item(char tc, Value x, char* out) {
  switch (tc) {
    case 'f': return store<float>(out, float(x.is_float() ? x.as_double() : to_double(x)));
    case 'd': return store<double>(out, x.is_float() ? x.as_double() : to_double(x));
    case 'u': {
      if (!is_str(x) || as_str(x)->length != 1) type_error("array item must be unicode character");
      return store<uint32_t>(out, decode_utf8(as_str(x)->data));
    }
    default: return store_int(tc, out, x);
  }
}

// ----------------------------------------------------------------- storage
void check_resizable(Array* a, int64_t newsize) {
  if (a->exports > 0 && newsize != a->length)
    raise(BufferError_, "cannot resize an array that is exporting buffers");
}

// Sets the length; bytes past the old length are uninitialised.
void array_resize(Array* a, int64_t newsize) {
  check_resizable(a, newsize);
  if (newsize <= a->capacity && newsize >= (a->capacity >> 1)) {
    a->length = newsize;
    return;
  }
  int64_t want = newsize == 0 ? 0 : checked_size_add(newsize, (newsize >> 4) + (newsize < 8 ? 3 : 7));
  if (want > INT64_MAX / 16 / a->itemsize) memory_error();
  size_t bytes = size_t(want) * size_t(a->itemsize);
  check_alloc_size(bytes);
  size_t old_bytes = size_t(a->capacity) * size_t(a->itemsize);
  a->data = static_cast<char*>(buf_realloc(a->data, old_bytes, bytes));
  a->capacity = want;
  a->length = newsize;
}

Array* array_alloc(Type* t, char tc) {
  Array* a = alloc_object<Array>(t, std::max(sizeof(Array), t->basic_size));
  a->typecode = tc;
  a->itemsize = itemsize_of(tc);
  a->length = a->capacity = 0;
  a->data = nullptr;
  a->exports = 0;
  return a;
}

Ref new_array(Type* t, char tc, const char* bytes, int64_t n) {
  Ref r = Ref::steal(array_alloc(t, tc));
  Array* a = as_array(r.get());
  array_resize(a, n);
  if (n) std::memcpy(a->data, bytes, size_t(n) * size_t(a->itemsize));
  return r;
}

void append_item(Array* a, Value x) {
  char tmp[8];
  convert_item(a->typecode, x, tmp);
  int64_t n = a->length;
  array_resize(a, n + 1);
  std::memcpy(a->data + n * a->itemsize, tmp, size_t(a->itemsize));
}

void append_raw(Array* a, const char* bytes, int64_t n) {
  if (n == 0) return;
  int64_t old = a->length;
  std::string copy(bytes, size_t(n) * size_t(a->itemsize));   // `bytes` may be our own buffer
  array_resize(a, checked_size_add(old, n));
  std::memcpy(a->data + old * a->itemsize, copy.data(), copy.size());
}

void delete_range(Array* a, int64_t lo, int64_t hi) {
  if (hi <= lo) return;
  check_resizable(a, a->length - (hi - lo));
  int sz = a->itemsize;
  std::memmove(a->data + lo * sz, a->data + hi * sz, size_t(a->length - hi) * size_t(sz));
  array_resize(a, a->length - (hi - lo));
}

void extend_from_iterable(Array* a, Value iterable) {
  if (is_array(iterable)) {
    Array* b = as_array(iterable);
    if (b->typecode != a->typecode) type_error("can only extend with array of same kind");
    return append_raw(a, b->data, b->length);
  }
  for_each(iterable, [a](Value x) { append_item(a, x); });
}

void frombytes_impl(Array* a, std::string_view bytes) {
  if (bytes.size() % size_t(a->itemsize) != 0) value_error("bytes length not a multiple of item size");
  append_raw(a, bytes.data(), int64_t(bytes.size()) / a->itemsize);
}

// Bytes of a bytes-like argument (bytes, bytearray, array).
std::string_view buffer_of(Value v) {
  if (is_bytes_like(v)) return as_bytes(v)->view();
  if (is_array(v)) {
    Array* b = as_array(v);
    return {b->data, size_t(b->length) * size_t(b->itemsize)};
  }
  type_error("a bytes-like object is required, not '" + type_name(v) + "'");
}

std::string to_utf8(const Array* a) {
  std::string out;
  for (int64_t i = 0; i < a->length; ++i) {
    Ref s = str_from_codepoint(load<uint32_t>(a->data + i * 4));
    out += str_view(s.get());
  }
  return out;
}

void fromunicode_impl(Array* a, Value s) {
  std::string_view u = str_view(s);
  int64_t old = a->length;
  array_resize(a, checked_size_add(old, as_str(s)->length));
  int64_t k = old;
  for (size_t i = 0; i < u.size();) {
    uint8_t c = uint8_t(u[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    store<uint32_t>(a->data + (k++) * 4, decode_utf8(u.data() + i));
    i += len;
  }
}

// -------------------------------------------------------------------- slots
void array_dealloc(Object* o) {
  Array* a = static_cast<Array*>(o);
  buf_free(a->data, size_t(a->capacity) * size_t(a->itemsize));
  a->data = nullptr;
}

Ref array_repr(Value self) {
  Array* a = as_array(self);
  std::string out = type_of(self)->name + "('" + a->typecode + "'";
  if (a->length) {
    out += ", ";
    if (a->typecode == 'u') {
      Ref s = str_new(to_utf8(a));
      append_repr(out, s.get());
    } else {
      out += "[";
      for (int64_t i = 0; i < a->length; ++i) {
        if (i) out += ", ";
        Ref item = Ref::steal(get_item(a, i));
        append_repr(out, item.get());
      }
      out += "]";
    }
  }
  return str_new(out + ")");
}

int64_t array_hash(Value) { type_error("unhashable type: 'array.array'"); }

Ref array_richcmp(Value va, Value vb, CmpOp op) {
  if (!is_array(vb)) return Ref::borrow(not_implemented());
  Array* a = as_array(va);
  Array* b = as_array(vb);
  if (a->length != b->length && (op == CmpOp::Eq || op == CmpOp::Ne))
    return Ref::boolean(op == CmpOp::Ne);
  bool raw_ok = a->typecode == b->typecode && a->typecode != 'f' && a->typecode != 'd';
  if (raw_ok && (op == CmpOp::Eq || op == CmpOp::Ne)) {   // same integer layout: bytes decide
    bool eq = std::memcmp(a->data, b->data, size_t(a->length) * size_t(a->itemsize)) == 0;
    return Ref::boolean(eq == (op == CmpOp::Eq));
  }
  int64_t i = 0;
  for (; i < a->length && i < b->length; ++i) {
    Ref x = Ref::steal(get_item(a, i)), y = Ref::steal(get_item(b, i));
    if (!equals(x.get(), y.get())) {
      if (op == CmpOp::Eq) return Ref::boolean(false);
      if (op == CmpOp::Ne) return Ref::boolean(true);
      return compare(x.get(), y.get(), op);
    }
  }
  int64_t la = a->length, lb = b->length;
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = la < lb; break;
    case CmpOp::Le: r = la <= lb; break;
    case CmpOp::Eq: r = la == lb; break;
    case CmpOp::Ne: r = la != lb; break;
    case CmpOp::Gt: r = la > lb; break;
    case CmpOp::Ge: r = la >= lb; break;
  }
  return Ref::boolean(r);
}

Ref array_repeat(Array* a, int64_t n) {
  int64_t total = checked_size_mul(a->length, n);
  Ref r = new_array(&ArrayType, a->typecode, nullptr, 0);
  Array* out = as_array(r.get());
  array_resize(out, total);
  size_t chunk = size_t(a->length) * size_t(a->itemsize);
  for (int64_t k = 0; k < n && chunk; ++k) std::memcpy(out->data + k * chunk, a->data, chunk);
  return r;
}

Ref array_binop(BinOp op, Value x, Value y, bool reflected) {
  if (op == BinOp::Add) {
    if (reflected) return Ref::borrow(not_implemented());
    if (!is_array(y)) {
      if (may_reflect(y, "__radd__")) return Ref::borrow(not_implemented());
      type_error("can only append array (not \"" + type_name(y) + "\") to array");
    }
    Array* a = as_array(x);
    Array* b = as_array(y);
    if (a->typecode != b->typecode) type_error("bad argument type for built-in operation");
    Ref r = new_array(&ArrayType, a->typecode, a->data, a->length);
    append_raw(as_array(r.get()), b->data, b->length);
    return r;
  }
  if (op == BinOp::Mul) {
    Value self = reflected ? y : x, count = reflected ? x : y;
    if (!is_index_like(count)) {
      if (!reflected && may_reflect(count, "__rmul__")) return Ref::borrow(not_implemented());
      bad_repeat(count);
    }
    return array_repeat(as_array(self), repeat_count(count));
  }
  return Ref::borrow(not_implemented());
}

Ref array_inplace(BinOp op, Value x, Value y) {
  Array* a = as_array(x);
  if (op == BinOp::Add) {
    if (!is_array(y)) type_error("can only extend array with array (not \"" + type_name(y) + "\")");
    extend_from_iterable(a, y);
    return Ref::borrow(x);
  }
  if (op == BinOp::Mul && is_index_like(y)) {
    int64_t n = repeat_count(y);
    int64_t len = a->length;
    if (n == 0 || len == 0) {
      array_resize(a, 0);
      return Ref::borrow(x);
    }
    array_resize(a, checked_size_mul(len, n));
    size_t chunk = size_t(len) * size_t(a->itemsize);
    for (int64_t k = 1; k < n; ++k) std::memcpy(a->data + k * chunk, a->data, chunk);
    return Ref::borrow(x);
  }
  return Ref();
}

int64_t array_len(Value self) { return as_array(self)->length; }

Ref array_slice(Value self, Value key) {
  Array* a = as_array(self);
  int64_t start, stop, step;
  int64_t n = slice_indices(key, a->length, &start, &stop, &step);
  Ref r = new_array(&ArrayType, a->typecode, nullptr, 0);
  Array* out = as_array(r.get());
  array_resize(out, n);
  int sz = a->itemsize;
  for (int64_t k = 0, i = start; k < n; ++k, i += step) std::memcpy(out->data + k * sz, a->data + i * sz, size_t(sz));
  return r;
}

Ref array_getitem(Value self, Value key) {
  Array* a = as_array(self);
  if (is_slice(key)) return array_slice(self, key);
  if (!is_index_like(key)) type_error("array indices must be integers");
  int64_t i = key.is_small_int() ? key.as_small_int() : index_ssize(key);
  if (i < 0) i += a->length;
  if (i < 0 || i >= a->length) index_error("array index out of range");
  return Ref::steal(get_item(a, i));
}

void array_assign_slice(Array* a, Value key, Value v) {
  int64_t start, stop, step;
  if (v.is_null()) {
    int64_t n = slice_indices(key, a->length, &start, &stop, &step);
    if (step == 1) return delete_range(a, start, std::max(start, stop));
    if (n <= 0) return;
    if (step < 0) {
      start += step * (n - 1);
      step = -step;
    }
    check_resizable(a, a->length - n);
    int sz = a->itemsize;
    int64_t dst = start;
    for (int64_t i = start, k = 0; i < a->length; ++i) {
      if (k < n && i == start + k * step) {
        ++k;
        continue;
      }
      std::memmove(a->data + (dst++) * sz, a->data + i * sz, size_t(sz));
    }
    return array_resize(a, dst);
  }
  if (!is_array(v)) type_error("can only assign array (not \"" + type_name(v) + "\") to array slice");
  Array* b = as_array(v);
  if (b->typecode != a->typecode) type_error("bad argument type for built-in operation");
  std::string src(b->data, size_t(b->length) * size_t(b->itemsize));   // b may be a
  int64_t m = b->length;
  int64_t n = slice_indices(key, a->length, &start, &stop, &step);
  int sz = a->itemsize;
  if (step == 1) {
    stop = std::max(start, stop);
    int64_t delta = m - (stop - start), old = a->length;
    check_resizable(a, old + delta);
    if (delta > 0) array_resize(a, checked_size_add(old, delta));
    std::memmove(a->data + (stop + delta) * sz, a->data + stop * sz, size_t(old - stop) * size_t(sz));
    if (delta < 0) array_resize(a, old + delta);
    if (m) std::memcpy(a->data + start * sz, src.data(), src.size());
    return;
  }
  if (m != n)
    value_error("attempt to assign array of size " + std::to_string(m) + " to extended slice of size " +
                std::to_string(n));
  for (int64_t k = 0, i = start; k < n; ++k, i += step)
    std::memcpy(a->data + i * sz, src.data() + k * sz, size_t(sz));
}

void array_setitem(Value self, Value key, Value v) {
  Array* a = as_array(self);
  if (is_slice(key)) return array_assign_slice(a, key, v);
  if (!is_index_like(key)) type_error("array indices must be integers");
  int64_t i = key.is_small_int() ? key.as_small_int() : index_ssize(key);
  if (i < 0) i += a->length;
  if (i < 0 || i >= a->length) index_error("array assignment index out of range");
  if (v.is_null()) return delete_range(a, i, i + 1);
  convert_item(a->typecode, v, a->data + i * a->itemsize);
}

int64_t find_item(Array* a, Value x, int64_t lo, int64_t hi) {
  for (int64_t i = std::max<int64_t>(lo, 0); i < hi && i < a->length; ++i) {
    Ref item = Ref::steal(get_item(a, i));
    if (equals(item.get(), x)) return i;
  }
  return -1;
}

int array_contains(Value self, Value x) { return find_item(as_array(self), x, 0, INT64_MAX) >= 0; }

// ----------------------------------------------------------------- iterator
struct ArrayIter : Object {
  Array* arr;          // owned; null once exhausted
  int64_t index;
};

Ref array_iter(Value self) {
  ArrayIter* it = alloc_object<ArrayIter>(&ArrayIterType);
  incref(self);
  it->arr = as_array(self);
  it->index = 0;
  return Ref::steal(it);
}

Value arrayiter_next(Value self) {
  ArrayIter* it = static_cast<ArrayIter*>(self.as_obj());
  Array* a = it->arr;
  if (!a) return Value::null();
  if (it->index < a->length) return get_item(a, it->index++);
  it->arr = nullptr;
  decref(a);
  return Value::null();
}

void arrayiter_dealloc(Object* o) {
  ArrayIter* it = static_cast<ArrayIter*>(o);
  if (it->arr) decref(it->arr);
}

// ------------------------------------------------------------ array(...)
char parse_typecode(Value v) {
  if (!is_str(v) || as_str(v)->length != 1)
    type_error("array() argument 1 must be a unicode character, not " + type_name(v));
  char tc = as_str(v)->data[0];
  if (as_str(v)->size != 1 || !itemsize_of(tc))
    value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  return tc;
}

Ref array_new_slot(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (t == &ArrayType) no_kwargs("array.array", kwnames);
  if (nargs < 1) type_error("array() takes at least 1 argument (0 given)");
  if (nargs > 2) type_error("array() takes at most 2 arguments (" + std::to_string(nargs) + " given)");
  char tc = parse_typecode(args[0]);
  Ref r = Ref::steal(array_alloc(t, tc));
  Array* a = as_array(r.get());
  if (nargs < 2 || args[1].is_none()) return r;
  Value init = args[1];
  if (is_str(init)) {
    if (tc != 'u')
      type_error(std::string("cannot use a str to initialize an array with typecode '") + tc + "'");
    fromunicode_impl(a, init);
  } else if (is_bytes_like(init)) {
    frombytes_impl(a, as_bytes(init)->view());
  } else if (is_array(init) && as_array(init)->typecode == tc) {
    append_raw(a, as_array(init)->data, as_array(init)->length);
  } else {   // any iterable, including an array of another typecode
    for_each(init, [a](Value x) { append_item(a, x); });
  }
  return r;
}

// ------------------------------------------------------------------ methods
#define SELF Array* a = as_array(self)

Ref m_append(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.append", nargs, kw);
  append_item(as_array(self), args[0]);
  return Ref::none();
}

Ref m_extend(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.extend", nargs, kw);
  extend_from_iterable(as_array(self), args[0]);
  return Ref::none();
}

Ref m_insert(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_range("insert", "array.insert", nargs, kw, 2, 2);
  SELF;
  int64_t i = index_ssize(args[0]);
  char tmp[8];
  convert_item(a->typecode, args[1], tmp);
  int64_t n = a->length;
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  array_resize(a, n + 1);
  int sz = a->itemsize;
  std::memmove(a->data + (i + 1) * sz, a->data + i * sz, size_t(n - i) * size_t(sz));
  std::memcpy(a->data + i * sz, tmp, size_t(sz));
  return Ref::none();
}

Ref m_pop(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_range("pop", "array.pop", nargs, kw, 0, 1);
  SELF;
  int64_t i = nargs ? index_ssize(args[0]) : -1;
  if (a->length == 0) index_error("pop from empty array");
  if (i < 0) i += a->length;
  if (i < 0 || i >= a->length) index_error("pop index out of range");
  check_resizable(a, a->length - 1);
  Ref v = Ref::steal(get_item(a, i));
  delete_range(a, i, i + 1);
  return v;
}

Ref m_remove(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.remove", nargs, kw);
  SELF;
  int64_t i = find_item(a, args[0], 0, INT64_MAX);
  if (i < 0) value_error("array.remove(x): x not in array");
  delete_range(a, i, i + 1);
  return Ref::none();
}

Ref m_index(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_range("index", "array.index", nargs, kw, 1, 3);
  SELF;
  int64_t lo = 0, hi = INT64_MAX;
  if (nargs > 1) slice_index_clamped(args[1], &lo);
  if (nargs > 2) slice_index_clamped(args[2], &hi);
  if (lo < 0) lo = std::max<int64_t>(lo + a->length, 0);
  if (hi < 0) hi = std::max<int64_t>(hi + a->length, 0);
  int64_t i = find_item(a, args[0], lo, hi);
  if (i < 0) value_error("array.index(x): x not in array");
  return int_from_i64(i);
}

Ref m_count(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.count", nargs, kw);
  SELF;
  int64_t n = 0;
  for (int64_t i = 0; i < a->length; ++i) {
    Ref item = Ref::steal(get_item(a, i));
    n += equals(item.get(), args[0]);
  }
  return int_from_i64(n);
}

Ref m_reverse(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("array.reverse", nargs, kw);
  SELF;
  int sz = a->itemsize;
  char tmp[8];
  for (int64_t i = 0, j = a->length - 1; i < j; ++i, --j) {
    std::memcpy(tmp, a->data + i * sz, size_t(sz));
    std::memcpy(a->data + i * sz, a->data + j * sz, size_t(sz));
    std::memcpy(a->data + j * sz, tmp, size_t(sz));
  }
  return Ref::none();
}

Ref m_tolist(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("array.tolist", nargs, kw);
  SELF;
  Ref l = list_new(size_t(a->length));
  for (int64_t i = 0; i < a->length; ++i) as_list(l.get())->items[i] = get_item(a, i);
  return l;
}

Ref m_tobytes(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("array.tobytes", nargs, kw);
  SELF;
  return bytes_new({a->data, size_t(a->length) * size_t(a->itemsize)});
}

Ref m_frombytes(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.frombytes", nargs, kw);
  if (args[0] == self) {   // a.frombytes(a): read a stable copy
    Ref copy = m_tobytes(self, nullptr, 0, nullptr);
    frombytes_impl(as_array(self), as_bytes(copy.get())->view());
  } else {
    frombytes_impl(as_array(self), buffer_of(args[0]));
  }
  return Ref::none();
}

Ref m_fromlist(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.fromlist", nargs, kw);
  if (!isinstance_of(args[0], &ListType)) type_error("arg must be list");
  SELF;
  List* l = as_list(args[0]);
  std::string buf(size_t(l->size) * size_t(a->itemsize), '\0');   // convert all, then append
  for (int64_t i = 0; i < l->size; ++i) convert_item(a->typecode, l->items[i], buf.data() + i * a->itemsize);
  append_raw(a, buf.data(), int64_t(buf.size()) / a->itemsize);
  return Ref::none();
}

Ref m_tounicode(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("array.tounicode", nargs, kw);
  SELF;
  if (a->typecode != 'u') value_error("tounicode() may only be called on unicode type arrays");
  return str_new(to_utf8(a));
}

Ref m_fromunicode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.fromunicode", nargs, kw);
  SELF;
  if (!is_str(args[0]))
    type_error("fromunicode() argument must be str, not " + type_name(args[0]));
  if (a->typecode != 'u') value_error("fromunicode() may only be called on unicode type arrays");
  fromunicode_impl(a, args[0]);
  return Ref::none();
}

Ref m_tofile(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("array.tofile", nargs, kw);
  Ref b = m_tobytes(self, nullptr, 0, nullptr);
  call_method(args[0], "write", {b.get()});
  return Ref::none();
}

Ref m_fromfile(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_range("fromfile", "array.fromfile", nargs, kw, 2, 2);
  SELF;
  int64_t n = index_ssize(args[1]);
  if (n < 0) value_error("negative count");
  Ref want = int_from_i64(checked_size_mul(n, a->itemsize));
  Ref data = call_method(args[0], "read", {want.get()});
  if (type_of(data.get()) != &BytesType) type_error("read() didn't return bytes");
  std::string_view bytes = as_bytes(data.get())->view();
  size_t whole = bytes.size() - bytes.size() % size_t(a->itemsize);
  frombytes_impl(a, bytes.substr(0, whole));
  if (int64_t(bytes.size()) != n * a->itemsize) raise(EOFError_, "read() didn't return enough bytes");
  return Ref::none();
}

Ref m_byteswap(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("array.byteswap", nargs, kw);
  SELF;
  int sz = a->itemsize;
  for (int64_t i = 0; i < a->length; ++i) std::reverse(a->data + i * sz, a->data + (i + 1) * sz);
  return Ref::none();
}

Ref m_buffer_info(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("array.buffer_info", nargs, kw);
  SELF;
  Ref addr = int_from_u64(reinterpret_cast<uintptr_t>(a->data));
  Ref len = int_from_i64(a->length);
  return tuple_from({addr.get(), len.get()});
}

Ref m_copy(Value self, const Value*, size_t, Tuple*) {
  SELF;
  return new_array(&ArrayType, a->typecode, a->data, a->length);
}

Ref m_reduce_ex(Value self, const Value*, size_t, Tuple*) {
  SELF;
  Ref tc = str_new(std::string(1, a->typecode));
  Ref items = m_tolist(self, nullptr, 0, nullptr);
  Ref args = tuple_from({tc.get(), items.get()});
  return tuple_from({Value::object(type_of(self)), args.get()});
}

Ref get_typecode(Value self) { return str_new(std::string(1, as_array(self)->typecode)); }
Ref get_itemsize(Value self) { return int_from_i64(as_array(self)->itemsize); }

const MethodDef array_methods[] = {
    {"append", m_append, kMethPlain, "Append new value x to the end of the array."},
    {"extend", m_extend, kMethPlain, "Append items to the end of the array."},
    {"insert", m_insert, kMethPlain, "Insert a new item x into the array before position i."},
    {"pop", m_pop, kMethPlain, "Return the i-th element and delete it from the array."},
    {"remove", m_remove, kMethPlain, "Remove the first occurrence of v in the array."},
    {"index", m_index, kMethPlain, "Return index of first occurrence of v in the array."},
    {"count", m_count, kMethPlain, "Return number of occurrences of v in the array."},
    {"reverse", m_reverse, kMethPlain, "Reverse the order of the items in the array."},
    {"tolist", m_tolist, kMethPlain, "Convert array to an ordinary list with the same items."},
    {"tobytes", m_tobytes, kMethPlain, "Convert the array to an array of machine values and return the bytes representation."},
    {"frombytes", m_frombytes, kMethPlain, "Appends items from the string, interpreting it as an array of machine values."},
    {"fromlist", m_fromlist, kMethPlain, "Append items to array from list."},
    {"tounicode", m_tounicode, kMethPlain, "Extends this array with data from the unicode string ustr."},
    {"fromunicode", m_fromunicode, kMethPlain, "Extends this array with data from the unicode string ustr."},
    {"tofile", m_tofile, kMethPlain, "Write all items (as machine values) to the file object f."},
    {"fromfile", m_fromfile, kMethPlain, "Read n objects from the file object f and append them to the end of the array."},
    {"byteswap", m_byteswap, kMethPlain, "Byteswap all items of the array."},
    {"buffer_info", m_buffer_info, kMethPlain, "Return a tuple (address, length) giving the current memory address and the length in items."},
    {"__copy__", m_copy, kMethPlain, "Return a copy of the array."},
    {"__deepcopy__", m_copy, kMethPlain, "Return a copy of the array."},
    {"__reduce_ex__", m_reduce_ex, kMethPlain, "Return state information for pickling."},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

const GetSetDef array_getsets[] = {
    {"typecode", get_typecode},
    {"itemsize", get_itemsize},
    {nullptr, nullptr},
};

// array.array as a buffer provider (stdlib/buffer.hpp) for native kernels.
bool array_buffer_get(Value v, TypedBuffer* out) {
  ArrayView view;
  if (!array_get_view(v, &view)) return false;
  *out = {view.typecode, view.data, view.length, view.itemsize};
  return true;
}

void init_array_types() {
  setup_type(ArrayType, "array", sizeof(Array), kTypeBaseType);
  ArrayType.module = "array";
  ArrayType.dealloc = array_dealloc;
  ArrayType.repr = array_repr;
  ArrayType.hash = array_hash;
  ArrayType.richcmp = array_richcmp;
  ArrayType.binop = array_binop;
  ArrayType.inplace = array_inplace;
  ArrayType.len = array_len;
  ArrayType.getitem = array_getitem;
  ArrayType.setitem = array_setitem;
  ArrayType.contains = array_contains;
  ArrayType.iter = array_iter;
  ArrayType.new_ = array_new_slot;
  type_ready(&ArrayType, array_methods, array_getsets);
  dict_set_str(ArrayType.dict, "__hash__", Value::none());

  setup_type(ArrayIterType, "arrayiterator", sizeof(ArrayIter));
  ArrayIterType.module = "array";
  ArrayIterType.dealloc = arrayiter_dealloc;
  ArrayIterType.iter = iter_self;
  ArrayIterType.next = arrayiter_next;
  ArrayIterType.new_ = no_new;
  type_ready(&ArrayIterType);
  register_buffer_provider(&ArrayType, array_buffer_get, array_export, array_release);
}

void init_array(Value module) {
  // The types are shared by every interpreter: ready them once per process.
  static const bool ready = (init_array_types(), true);
  (void)ready;
  module_add(module, "array", Value::object(&ArrayType));
  module_add(module, "ArrayType", Value::object(&ArrayType));
  Ref codes = str_new("bBuhHiIlLqQfd");
  module_add(module, "typecodes", codes.get());
}

}  // namespace

GILPY_MODULE("array", init_array);

// ------------------------------------------------------------ C++ views
bool array_get_view(Value v, ArrayView* out) {
  if (!v.is_obj() || !is_array(v)) return false;
  Array* a = as_array(v);
  out->typecode = a->typecode;
  out->data = a->data;
  out->length = a->length;
  out->itemsize = a->itemsize;
  return true;
}

void array_export(Value v) { as_array(v)->exports++; }

Ref array_new_uninit(char tc, int64_t n) {
  if (itemsize_of(tc) == 0 || tc == 'u') value_error("array_new_uninit: bad typecode");
  Ref r = Ref::steal(array_alloc(&ArrayType, tc));
  array_resize(as_array(r.get()), n);
  return r;
}

void array_release(Value v) {
  Array* a = as_array(v);
  if (a->exports > 0) a->exports--;
}

}  // namespace gilpy
