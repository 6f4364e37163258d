// codec_impl.hpp — private to the codec files (codecs.cpp: names, error
// handlers, utf-8 / ascii / latin-1 and the str_encode / str_decode entry
// points, the encoder for every codec; codecs_utf16_32.cpp: the UTF-16 and
// UTF-32 decoders). Everyone else
// uses str_encode / str_decode from str.hpp.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace gilpy::codec {

// One codec per row of the alias table. Utf16 / Utf32 are the BOM variants
// (encode: little-endian BOM first; decode: honour a BOM, else little endian).
enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE };

enum class ErrMode {
  Strict, Ignore, Replace, BackslashReplace, XmlCharRef, NameReplace, SurrogateEscape, SurrogatePass,
  Unknown,   // not a handler name: LookupError when the first error needs it (as CPython)
};

// The `errors` argument, resolved once per call, with what a failing
// handler's message needs.
struct Errors {
  ErrMode mode;
  std::string_view name;
  std::string_view encoding;   // as the caller spelt it
  bool decoding;
  // CPython reaches codecs other than its built-in fast paths through the
  // codec registry, which rewraps a handler's TypeError / LookupError as
  // "decoding with 'X' codec failed (...)".
  bool via_registry;
};

// The codec's name as CPython's error messages and `.encoding` spell it.
const char* codec_name(Codec c);

// Raise UnicodeDecodeError / UnicodeEncodeError for [start, end) of `whole`
// (bytes; for encoding, the UTF-8 of the str and code point indices).
[[noreturn]] void decode_error(Codec c, std::string_view whole, int64_t start, int64_t end,
                               const char* reason);
[[noreturn]] void encode_error(Codec c, std::string_view utf8, int64_t start, int64_t end,
                               const char* reason);

// Applies the error handler to the undecodable bytes [start, end) of `whole`
// for codec `c` (a byte-order-specific one): appends the replacement (UTF-8)
// to `out` and returns the byte position where decoding resumes.
size_t decode_recover(std::string& out, const Errors& err, Codec c, std::string_view whole,
                      size_t start, size_t end, const char* reason);

// The UTF-16 / UTF-32 decoders (c is one of Utf16*, Utf32*); the result is
// UTF-8 for str_from_buf.
std::string decode_utf16(std::string_view bytes, Codec c, const Errors& err);
std::string decode_utf32(std::string_view bytes, Codec c, const Errors& err);

// Appends one code unit in the given byte order.
inline void put_unit16(std::string& out, uint32_t u, bool big) {
  char lo = char(u & 0xFF), hi = char((u >> 8) & 0xFF);
  if (big) { out.push_back(hi); out.push_back(lo); }
  else { out.push_back(lo); out.push_back(hi); }
}
inline void put_unit32(std::string& out, uint32_t u, bool big) {
  for (int k = 0; k < 4; ++k) out.push_back(char((u >> (big ? 24 - 8 * k : 8 * k)) & 0xFF));
}
// cp (< 0x110000) as UTF-16: one unit, or a surrogate pair above the BMP.
inline void put_utf16(std::string& out, uint32_t cp, bool big) {
  if (cp < 0x10000) return put_unit16(out, cp, big);
  cp -= 0x10000;
  put_unit16(out, 0xD800 | (cp >> 10), big);
  put_unit16(out, 0xDC00 | (cp & 0x3FF), big);
}

}  // namespace gilpy::codec
