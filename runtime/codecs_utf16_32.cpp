// codecs_utf16_32.cpp — the UTF-16 and UTF-32 decoders (utf-16, utf-16-le,
// utf-16-be, utf-32, utf-32-le, utf-32-be). The BOM variants read a leading
// byte order mark and otherwise assume little endian; errors name the byte
// order actually used ('utf-16-le' ...), with CPython's reasons and spans.
#include "runtime/codec_impl.hpp"
#include "runtime/str_impl.hpp"

namespace gilpy::codec {

namespace {

inline uint32_t unit16(const unsigned char* q, bool big) {
  return big ? (uint32_t(q[0]) << 8 | q[1]) : (uint32_t(q[1]) << 8 | q[0]);
}

inline uint32_t unit32(const unsigned char* q, bool big) {
  return big ? (uint32_t(q[0]) << 24 | uint32_t(q[1]) << 16 | uint32_t(q[2]) << 8 | q[3])
             : (uint32_t(q[3]) << 24 | uint32_t(q[2]) << 16 | uint32_t(q[1]) << 8 | q[0]);
}

}  // namespace

std::string decode_utf16(std::string_view b, Codec c, const Errors& err) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  size_t n = b.size(), i = 0;
  bool big = c == Codec::Utf16BE;
  if (c == Codec::Utf16 && n >= 2) {
    if (p[0] == 0xFF && p[1] == 0xFE) i = 2;
    else if (p[0] == 0xFE && p[1] == 0xFF) i = 2, big = true;
  }
  const Codec named = big ? Codec::Utf16BE : Codec::Utf16LE;
  std::string out;
  out.reserve(n);
  while (i < n) {
    if (n - i < 2) {
      i = decode_recover(out, err, named, b, i, n, "truncated data");
      continue;
    }
    uint32_t u = unit16(p + i, big);
    if (u < 0xD800 || u > 0xDFFF) {
      utf8_append(out, u);
      i += 2;
      continue;
    }
    // A surrogate: only a high one followed by a low one makes a pair.
    if (u >= 0xDC00) {
      i = decode_recover(out, err, named, b, i, i + 2, "illegal encoding");
      continue;
    }
    if (n - i < 4) {
      i = decode_recover(out, err, named, b, i, n, "unexpected end of data");
      continue;
    }
    uint32_t u2 = unit16(p + i + 2, big);
    if (u2 < 0xDC00 || u2 > 0xDFFF) {
      // Only the high surrogate is bad; the next unit is decoded afresh.
      i = decode_recover(out, err, named, b, i, i + 2, "illegal UTF-16 surrogate");
      continue;
    }
    utf8_append(out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
    i += 4;
  }
  return out;
}

std::string decode_utf32(std::string_view b, Codec c, const Errors& err) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  size_t n = b.size(), i = 0;
  bool big = c == Codec::Utf32BE;
  if (c == Codec::Utf32 && n >= 4) {
    uint32_t bom = unit32(p, false);
    if (bom == 0xFEFF) i = 4;
    else if (bom == 0xFFFE0000) i = 4, big = true;
  }
  const Codec named = big ? Codec::Utf32BE : Codec::Utf32LE;
  std::string out;
  out.reserve(n);
  while (i < n) {
    if (n - i < 4) {
      i = decode_recover(out, err, named, b, i, n, "truncated data");
      continue;
    }
    uint32_t cp = unit32(p + i, big);
    if (cp >= 0xD800 && cp <= 0xDFFF)
      i = decode_recover(out, err, named, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
    else if (cp >= 0x110000)
      i = decode_recover(out, err, named, b, i, i + 4, "code point not in range(0x110000)");
    else
      utf8_append(out, cp), i += 4;
  }
  return out;
}

}  // namespace gilpy::codec
