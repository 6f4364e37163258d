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

// Writes cp as UTF-8 at w (room for 4 bytes), as utf8_append; returns the
// end. The codecs fill pre-sized buffers with it on their hot loops.
inline char* put_utf8(char* w, uint32_t cp) {
  if (cp < 0x80) {
    *w++ = char(cp);
  } else if (cp < 0x800) {
    *w++ = char(0xC0 | (cp >> 6));
    *w++ = char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *w++ = char(0xE0 | (cp >> 12));
    *w++ = char(0x80 | ((cp >> 6) & 0x3F));
    *w++ = char(0x80 | (cp & 0x3F));
  } else {
    *w++ = char(0xF0 | (cp >> 18));
    *w++ = char(0x80 | ((cp >> 12) & 0x3F));
    *w++ = char(0x80 | ((cp >> 6) & 0x3F));
    *w++ = char(0x80 | (cp & 0x3F));
  }
  return w;
}

}  // namespace gilpy::codec
