// codecs_utf16_32.cpp — the UTF-16 and UTF-32 decoders (utf-16, utf-16-le,
// utf-16-be, utf-32, utf-32-le, utf-32-be). The BOM variants read a leading
// byte order mark and otherwise assume little endian; errors name the byte
// order actually used ('utf-16-le' ...), with CPython's reasons and spans.
//
// Each decoder alternates a tight loop over well-formed input, written into
// a buffer sized for the worst case, with the error handler at the first
// ill-formed unit.
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

// Decodes well-formed UTF-16 from p[i..n) onto out; returns where it
// stopped: n, or the first unit that is not part of a valid sequence.
size_t utf16_run(const unsigned char* p, size_t n, size_t i, bool big, std::string& out) {
  size_t base = out.size();
  out.resize(base + (n - i) / 2 * 3 + 4);   // a unit makes at most 3 UTF-8 bytes, a pair 4
  char* w = out.data() + base;
  while (n - i >= 2) {
    uint32_t u = unit16(p + i, big);
    if (u < 0xD800 || u > 0xDFFF) {
      w = put_utf8(w, u);
      i += 2;
      continue;
    }
    if (u >= 0xDC00 || n - i < 4) break;
    uint32_t u2 = unit16(p + i + 2, big);
    if (u2 < 0xDC00 || u2 > 0xDFFF) break;
    w = put_utf8(w, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
    i += 4;
  }
  out.resize(size_t(w - out.data()));
  return i;
}

size_t utf32_run(const unsigned char* p, size_t n, size_t i, bool big, std::string& out) {
  size_t base = out.size();
  out.resize(base + (n - i) + 4);   // 4 bytes in, at most 4 UTF-8 bytes out
  char* w = out.data() + base;
  while (n - i >= 4) {
    uint32_t cp = unit32(p + i, big);
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0x110000) break;
    w = put_utf8(w, cp);
    i += 4;
  }
  out.resize(size_t(w - out.data()));
  return i;
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
  while ((i = utf16_run(p, n, i, big, out)) < n) {
    // The first problem at i: an odd last byte, a lone low surrogate, a
    // high surrogate at the end, or one not followed by a low surrogate
    // (then only the high one is bad and the next unit is read afresh).
    if (n - i < 2) {
      i = decode_recover(out, err, named, b, i, n, "truncated data");
    } else if (unit16(p + i, big) >= 0xDC00) {
      i = decode_recover(out, err, named, b, i, i + 2, "illegal encoding");
    } else if (n - i < 4) {
      i = decode_recover(out, err, named, b, i, n, "unexpected end of data");
    } else {
      i = decode_recover(out, err, named, b, i, i + 2, "illegal UTF-16 surrogate");
    }
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
  while ((i = utf32_run(p, n, i, big, out)) < n) {
    if (n - i < 4) {
      i = decode_recover(out, err, named, b, i, n, "truncated data");
    } else if (unit32(p + i, big) < 0x110000) {
      i = decode_recover(out, err, named, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
    } else {
      i = decode_recover(out, err, named, b, i, i + 4, "code point not in range(0x110000)");
    }
  }
  return out;
}

}  // namespace gilpy::codec
