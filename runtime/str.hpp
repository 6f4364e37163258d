// str.hpp — str and bytes objects.
//
// A str holds UTF-8 bytes plus its length in code points. Pure-ASCII strings
// (the common case) index in O(1); others walk the UTF-8 (documented cost).
// Strings are immutable; identifiers and attribute names are interned, so
// attribute lookup compares pointers first.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "object.hpp"

namespace gilpy {

struct Str : Object {
  int64_t hash;        // -1 until computed
  int64_t length;      // in code points
  int64_t size;        // in bytes (excluding the trailing NUL)
  bool ascii;
  bool interned;
  char data[1];        // size + 1 bytes, NUL-terminated
  std::string_view view() const { return {data, size_t(size)}; }
};

// bytes (immutable) and bytearray (mutable) share this layout.
struct Bytes : Object {
  int64_t hash;        // bytes only
  int64_t size;
  int64_t capacity;    // bytearray only
  int64_t exports;     // bytearray: live buffer exports (resizing raises BufferError)
  char* data;          // bytes: points into `inline_data`; bytearray: heap buffer
  char inline_data[1];
  std::string_view view() const { return {data, size_t(size)}; }
};

Ref str_new(std::string_view utf8);           // copies; assumes valid UTF-8
Ref str_from_codepoint(uint32_t cp);
Str* intern(std::string_view s);               // immortal, unique per content (borrowed)
Str* intern(Str* s);                           // returns the interned twin (borrowed)
inline Str* as_str(Value v) { return static_cast<Str*>(v.as_obj()); }
inline std::string_view str_view(Value v) { return as_str(v)->view(); }
int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);
Ref str_concat(Value a, Value b);
Ref str_join(Value sep, Value iterable);
Ref str_getitem(Value s, Value key);
// str % args
Ref str_percent_format(Value fmt, Value args);
// str.format(*args, **kw) machinery, and format(value, spec) for built-in types
Ref str_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames);
// Apply a format spec (the mini-language) to values of built-in types.
std::string format_str_spec(std::string_view s, std::string_view spec);
std::string format_int_spec(Value i, std::string_view spec);
std::string format_float_spec(double d, std::string_view spec);
// repr of a str: quotes and escapes as CPython does.
std::string str_repr_utf8(std::string_view s);

Ref bytes_new(std::string_view data);
Ref bytearray_new(std::string_view data);
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_obj()); }
bool is_bytes_like(Value v);                   // bytes or bytearray
std::string bytes_repr_utf8(std::string_view b, bool bytearray = false);

// UTF-8 helpers
size_t utf8_length(std::string_view s);       // code points
size_t utf8_offset(std::string_view s, int64_t index);   // byte offset of code point `index`

// ------------------------------------------------------------------------
// Added by the text-types engineer (str.cpp, str_methods.cpp, str_format.cpp,
// bytes.cpp, unicode.cpp). Usable by everyone.

Str* empty_str();                              // the immortal '' (borrowed)
Ref str_from_ascii(std::string_view s);        // caller guarantees pure ASCII (no scan)
Ref str_from_std(const std::string& s);        // same as str_new(s)
// A str (or str subclass `t`) holding a copy of utf8: for subclass creation.
Ref str_new_of_type(Type* t, std::string_view utf8);
// Hash of raw bytes as str and bytes use it (equal content, equal hash;
// hash('') == hash(b'') == 0); never -1.
int64_t bytes_hash_raw(std::string_view b);
// The concatenation of n strs (f-strings' BUILD_STRING): one allocation of
// the final size, no UTF-8 rescan. parts must all be str (or subclasses).
Ref str_concat_n(const Value* parts, size_t n);
// Whether a[0..n) == b[0..n), without a library call for short n (words,
// dict keys): usable for comparing the bytes of two strs of equal size.
inline bool bytes_equal_short(const char* a, const char* b, size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8) {
    uint64_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 8);
    std::memcpy(&y0, b, 8);
    std::memcpy(&x1, a + n - 8, 8);
    std::memcpy(&y1, b + n - 8, 8);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n >= 4) {
    uint32_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 4);
    std::memcpy(&y0, b, 4);
    std::memcpy(&x1, a + n - 4, 4);
    std::memcpy(&y1, b + n - 4, 4);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// ascii(s) for a str: repr with every non-ASCII code point escaped.
std::string str_ascii_utf8(std::string_view s);

// Codecs: utf-8, utf-8-sig, ascii, latin-1, utf-16 / utf-32 (BOM variants
// and -le / -be), with Python's aliases and name normalisation. `errors`:
// strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass,
// xmlcharrefreplace (encode); namereplace is not supported. Raise
// LookupError for an unknown encoding (or an unknown handler, when first
// needed), UnicodeDecodeError / UnicodeEncodeError with CPython's arguments.
Ref str_decode(std::string_view bytes, std::string_view encoding, std::string_view errors);
std::string str_encode(std::string_view utf8, std::string_view encoding, std::string_view errors);
// Whether `encoding` maps ASCII to itself and keeps no state between chunks
// (utf-8, ascii, latin-1 and their aliases), so a text stream may encode and
// decode piecewise; false for utf-8-sig and the UTF-16 / UTF-32 codecs (BOM,
// multi-byte units). Raises LookupError / NotImplementedError as str_decode.
bool codec_stream_safe(std::string_view encoding);

// One code point from (internal, valid) UTF-8 at p; *nbytes receives its length.
inline uint32_t utf8_decode(const char* p, int* nbytes) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
  if (u[0] < 0x80) { *nbytes = 1; return u[0]; }
  if (u[0] < 0xE0) { *nbytes = 2; return (uint32_t(u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
  if (u[0] < 0xF0) {
    *nbytes = 3;
    return (uint32_t(u[0] & 0x0F) << 12) | (uint32_t(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
  }
  *nbytes = 4;
  return (uint32_t(u[0] & 0x07) << 18) | (uint32_t(u[1] & 0x3F) << 12) |
         (uint32_t(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}
// Appends cp as UTF-8 (lone surrogates are encoded like any other code point,
// as CPython's str can hold them).
void utf8_append(std::string& out, uint32_t cp);
// Code point at index `i` (0 <= i < length) of a str.
uint32_t str_char_at(Str* s, int64_t i);

// The standard format-spec mini-language, parsed. Shared by format_str_spec
// and (optionally) the numeric formatters.
struct FormatSpec {
  std::string fill = " ";      // one code point, UTF-8
  char align = 0;              // '<' '>' '^' '=' or 0 (use the type's default)
  char sign = 0;               // '+' '-' ' ' or 0
  bool no_neg_zero = false;    // 'z'
  bool alternate = false;      // '#'
  bool zero_pad = false;       // '0' flag seen without an explicit fill/align
  int64_t width = -1;
  char grouping = 0;           // ',' or '_' or 0
  int64_t precision = -1;
  uint32_t type = 0;           // presentation type code point, 0 if none
};
// Raises ValueError with CPython's messages ("Invalid format specifier ...",
// "Format specifier missing precision", "Cannot specify ',' with 's'.", ...).
// `type_name` is used in messages. Applies CPython's '0' rule: fill '0' and,
// when default_align is '>' and no align was given, align '='.
// `default_type` is the type assumed when none is given (for the ','/'_' check).
FormatSpec parse_format_spec(std::string_view spec, char default_align, const char* type_name,
                             uint32_t default_type = 0);
// Pads `body` (UTF-8, `body_len` code points) to spec.width per spec.align/fill.
std::string pad_formatted(std::string_view body, int64_t body_len, const FormatSpec& spec,
                          char default_align);

// bytes % args
Ref bytes_percent_format(Value fmt, Value args);

// Initialises str, bytes, bytearray and their iterator types (str.cpp).
void init_text_types();

}  // namespace gilpy
