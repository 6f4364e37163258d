// str_impl.hpp — private helpers shared by the text-type files
// (str.cpp, str_methods.cpp, str_format.cpp, bytes.cpp, bytes_methods.cpp,
// unicode.cpp). Not part of the runtime contract: other areas use str.hpp.
#pragma once
#include <mimalloc.h>

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/str.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/typeapi.hpp"
#include "runtime/unicode_db.hpp"

namespace gilpy {

// Str and Bytes carry their characters as trailing storage after the header.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kStrHeader = offsetof(Str, data);
constexpr size_t kBytesHeader = offsetof(Bytes, inline_data);
#pragma GCC diagnostic pop

// ------------------------------------------------------------------ str
// A fresh str of `nbytes` bytes (data NUL-terminated, contents to be filled),
// of type t (StrType or a subclass). Finish it with str_finish.
//
// Exact strs up to kSmallStr bytes (nearly all of them) are allocated right
// here, inline at every call site: string methods create one per result, so
// the call chain and alloc_object's zero fill would be a large share of, say,
// a split. Every header field is set and the caller writes every data byte.
// Other sizes and subclasses take str_alloc_general (alloc_object, with its
// memory limit check). Both are freed by dealloc_object (mi_free).
constexpr size_t kSmallStr = 4096;
Str* str_alloc_general(Type* t, size_t nbytes);
inline Str* str_alloc(Type* t, size_t nbytes) {
  if (t != &StrType || nbytes > kSmallStr) [[unlikely]]
    return str_alloc_general(t, nbytes);
  constexpr size_t header = kStrHeader;
  size_t bytes = header + nbytes + 1 > sizeof(Str) ? header + nbytes + 1 : sizeof(Str);
  Str* s = static_cast<Str*>(bytes <= MI_SMALL_SIZE_MAX ? mi_malloc_small(bytes) : mi_malloc(bytes));
  if (!s) [[unlikely]] memory_error();
  s->rc = 1;
  s->type = &StrType;
  s->hash = -1;
  s->length = 0;
  s->size = int64_t(nbytes);
  s->ascii = false;
  s->interned = false;
  s->data[nbytes] = '\0';
  return s;
}
// Sets length/ascii (length < 0: count the code points) and returns it owned.
int64_t utf8_count(const char* p, size_t n);
inline Ref str_finish(Str* s, int64_t length = -1) {
  s->length = length >= 0 ? length : utf8_count(s->data, size_t(s->size));
  s->ascii = s->length == s->size;
  return Ref::steal(s);
}
// Cached immortal 1-character strings for code points < 256 (borrowed).
Str* latin1_char(uint32_t cp);

// Copies n bytes without a library call for the short lengths typical of
// words and fields: two overlapping loads and stores cover 4..16 bytes.
inline void copy_short(char* dst, const char* src, size_t n) {
  if (n > 16) {
    std::memcpy(dst, src, n);
  } else if (n >= 8) {
    uint64_t a, b;
    std::memcpy(&a, src, 8);
    std::memcpy(&b, src + n - 8, 8);
    std::memcpy(dst, &a, 8);
    std::memcpy(dst + n - 8, &b, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, src, 4);
    std::memcpy(&b, src + n - 4, 4);
    std::memcpy(dst, &a, 4);
    std::memcpy(dst + n - 4, &b, 4);
  } else {
    for (size_t i = 0; i < n; ++i) dst[i] = src[i];
  }
}

// An exact str of the ASCII bytes p[0..n) (the caller guarantees ASCII);
// '' and single characters are the cached singletons.
Str* empty_str();
inline Ref str_ascii_n(const char* p, size_t n) {
  if (n <= 1) [[unlikely]]
    return Ref::steal(n == 0 ? empty_str() : latin1_char(static_cast<unsigned char>(p[0])));
  Str* s = str_alloc(&StrType, n);
  copy_short(s->data, p, n);
  s->length = int64_t(n);
  s->ascii = true;
  return Ref::steal(s);
}
// Result string for a UTF-8 buffer the caller built; `length` < 0: count.
Ref str_from_buf(const std::string& buf, int64_t length = -1);

inline bool is_exact_str(Value v) { return v.is_obj() && v.as_obj()->type == &StrType; }
inline bool is_str_value(Value v) {
  return v.is_obj() && (v.as_obj()->type == &StrType || (v.as_obj()->type->flags & kTypeStrSub));
}
// self as a Str (methods are only reached with a str or str subclass self).
inline Str* self_str(Value v) { return as_str(v); }
// Returns v as a Str or raises TypeError "<what>must be str, not <type>".
Str* expect_str(Value v, const char* prefix = "");
// Returns self itself when it is an exact str, else an exact-str copy.
Ref str_exact(Value self);

// Code point counting / offsets on UTF-8: utf8_count is declared with str_finish.
// Byte offset of code point index i within s (0 <= i <= length).
inline size_t str_byte_offset(Str* s, int64_t i) {
  return s->ascii ? size_t(i) : utf8_offset(s->view(), i);
}
// Code point index of byte offset b within s.
inline int64_t str_cp_index(Str* s, size_t b) {
  return s->ascii ? int64_t(b) : utf8_count(s->data, b);
}

// CPython's slice-index argument rules for find/count/startswith...:
// None or absent -> dflt; ints (big ones clamp); objects with __index__;
// otherwise TypeError "slice indices must be integers or None or have an
// __index__ method".
int64_t slice_arg(Value v, int64_t dflt);
// Clamps start/end like CPython's ADJUST_INDICES for a sequence of `len`.
inline void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
}

// Case mapping of a whole string (final-sigma aware); used by methods and by
// bytes' ASCII variants through the ascii flag.
std::string str_case_convert(Str* s, CaseMap how);
std::string ascii_escape_repr(std::string_view s, bool escape_non_ascii);

// The count n of `seq * n` (TypeError "can't multiply sequence by non-int").
int64_t repeat_count(Value n);
// Whether a user class (heap type) defines `dunder` (reflected operators).
bool heap_type_defines(Value v, const char* dunder);
// Argument-count checks with CPython's message for each method style:
// METH_NOARGS / METH_O ("str.lower() takes no arguments (1 given)"), old
// varargs (`varargs_style`: "find() takes at least 1 argument (0 given)"),
// else Argument Clinic's (check_nargs).
// The check itself is inline (it runs on every method call); the error
// path, which builds the message, is out of line.
[[noreturn]] void method_args_error(Value self, const char* name, size_t nargs, Tuple* kw, size_t min,
                                    size_t max, bool varargs_style);
inline void method_args(Value self, const char* name, size_t nargs, Tuple* kw, size_t min, size_t max,
                        bool varargs_style = false) {
  if ((!kw || kw->size == 0) && nargs >= min && nargs <= max) [[likely]] return;
  method_args_error(self, name, nargs, kw, min, max, varargs_style);
}
// Number argument as a size (len-like) for center/ljust/zfill/expandtabs...
int64_t size_arg(Value v);

// Method tables (null-terminated).
extern const MethodDef kStrMethods[];
extern const MethodDef kBytesMethods[];
extern const MethodDef kByteArrayMethods[];

// ----------------------------------------------------------------- bytes
Bytes* bytes_alloc(Type* t, size_t n);                // bytes of type t (BytesType or subclass)
Ref bytes_of_kind(Value like, std::string_view data); // bytes, or bytearray if `like` is one
inline bool is_bytearray(Value v) { return isinstance_of(v, &ByteArrayType); }
// The bytes of a bytes-like argument, or false when v is not bytes-like.
bool buffer_view(Value v, std::string_view* out);
// Same, raising TypeError "a bytes-like object is required, not 'X'".
std::string_view expect_buffer(Value v);
// bytes(x) / bytearray(x) contents from any accepted source.
std::string bytes_from_object(Value src, Value encoding, Value errors, const char* type_name);
void init_bytes_types();
// An int in range(256) (ints and __index__ objects), else ValueError(range_msg).
uint8_t byte_value(Value v, const char* range_msg = "byte must be in range(0, 256)");
// bytearray mutation: BufferError while exports > 0 and the size changes.
void bytearray_resize(Bytes* b, size_t n);
void bytearray_splice(Bytes* b, int64_t start, int64_t stop, std::string_view repl);                              // bytes.cpp, called by init_text_types

// Shared by str and bytes: whitespace for bytes is ASCII only.
inline bool ascii_space(unsigned char c) {
  return c == ' ' || (c >= 9 && c <= 13);
}

}  // namespace gilpy
