// unicode.cpp — UTF-8 walking, the character database look-ups, and the
// three built-in codecs (utf-8, ascii, latin-1) behind str.encode,
// bytes.decode and str(b, encoding).
#include <algorithm>
#include <cstring>
#include <cctype>
#include <cstdio>
#include <vector>

#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/unicode_db.hpp"

namespace gilpy {

// ---------------------------------------------------------------- UTF-8

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// Counting lead bytes (anything but 10xxxxxx) counts code points; eight
// bytes at a time while the text is ASCII.
int64_t utf8_count(const char* p, size_t n) {
  int64_t count = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if ((w & 0x8080808080808080ull) == 0) {
      count += 8;
      continue;
    }
    for (size_t k = 0; k < 8; ++k) count += (static_cast<unsigned char>(p[i + k]) & 0xC0) != 0x80;
  }
  for (; i < n; ++i) count += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  return count;
}

size_t utf8_length(std::string_view s) { return size_t(utf8_count(s.data(), s.size())); }

size_t utf8_offset(std::string_view s, int64_t index) {
  size_t i = 0, n = s.size();
  while (index > 0 && i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    --index;
  }
  return std::min(i, n);
}

uint32_t str_char_at(Str* s, int64_t i) {
  if (s->ascii) return static_cast<unsigned char>(s->data[i]);
  int nb;
  return utf8_decode(s->data + utf8_offset(s->view(), i), &nb);
}

// ----------------------------------------------------- character database

namespace {

// Record index for every BMP code point; planes above use binary search.
struct BmpTable {
  uint16_t rec[0x10000];
};

const BmpTable& bmp_table() {
  static const BmpTable* table = [] {
    auto* t = new BmpTable;
    using unicode_data::kRunCount;
    using unicode_data::kRuns;
    for (size_t r = 0; r < kRunCount; ++r) {
      uint32_t first = kRuns[r] >> 11;
      if (first >= 0x10000) break;
      uint32_t last = r + 1 < kRunCount ? std::min<uint32_t>(kRuns[r + 1] >> 11, 0x10000) : 0x10000;
      for (uint32_t cp = first; cp < last; ++cp) t->rec[cp] = uint16_t(kRuns[r] & 0x7FF);
    }
    return t;
  }();
  return *table;
}

}  // namespace

void unicode_db_init() { (void)bmp_table(); }

const UnicodeRecord& unicode_record(uint32_t cp) {
  using namespace unicode_data;
  if (cp < 0x10000) return kRecords[bmp_table().rec[cp]];
  if (cp > 0x10FFFF) return kRecords[0];
  // The last run starting at or before cp.
  const uint32_t key = (cp << 11) | 0x7FF;
  const uint32_t* it = std::upper_bound(kRuns, kRuns + kRunCount, key);
  return kRecords[it[-1] & 0x7FF];
}

bool unicode_isspace(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
  return unicode_has(cp, kUniSpace);
}

int unicode_decimal(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9' ? int(cp - '0') : -1;
  return unicode_record(cp).decimal;
}

bool unicode_isprintable(uint32_t cp) {
  if (cp < 128) return cp >= 0x20 && cp < 0x7F;
  return unicode_has(cp, kUniPrintable);
}

int unicode_case_map(uint32_t cp, CaseMap which, uint32_t out[3]) {
  const UnicodeRecord& r = unicode_record(cp);
  int32_t v;
  uint32_t ext;
  switch (which) {
    case CaseMap::Lower: v = r.lower; ext = kUniExtLower; break;
    case CaseMap::Upper: v = r.upper; ext = kUniExtUpper; break;
    case CaseMap::Title: v = r.title; ext = kUniExtTitle; break;
    default: v = r.fold; ext = kUniExtFold; break;
  }
  if (!(r.flags & ext)) {
    out[0] = uint32_t(int64_t(cp) + v);
    return 1;
  }
  const uint32_t* sp = unicode_data::kSpecials + v;
  int n = int(sp[0]);
  for (int i = 0; i < n && i < 3; ++i) out[i] = sp[1 + i];
  return std::min(n, 3);
}

// ------------------------------------------------------------------ codecs

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class ErrMode { Strict, Ignore, Replace, BackslashReplace, SurrogateEscape, XmlCharRef };

// Python's codec registry normalises names: case-insensitive, '_' == '-'.
Codec lookup_codec(std::string_view name) {
  std::string n;
  for (char c : name) n.push_back(c == '_' || c == ' ' ? '-' : char(std::tolower((unsigned char)c)));
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") return Codec::Ascii;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "8859" ||
      n == "cp819" || n == "latin" || n == "l1" || n == "iso-ir-100" || n == "csisolatin1")
    return Codec::Latin1;
  // Real codecs gilpy does not implement get a clear NotImplementedError
  // rather than a misleading "unknown encoding".
  static const char* const kKnown[] = {"utf-16", "utf16", "utf-32", "utf32", "utf-7", "utf7",
                                       "cp", "iso-8859", "iso8859", "latin-", "koi8", "mac",
                                       "shift", "sjis", "gb", "big5", "euc", "windows-", "idna",
                                       "punycode", "raw-unicode", "unicode-escape", "charmap"};
  for (const char* k : kKnown)
    if (n.rfind(k, 0) == 0) not_supported("the '" + std::string(name) + "' codec");
  raise(LookupError_, "unknown encoding: " + std::string(name));
}

const char* codec_name(Codec c) {
  return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

ErrMode lookup_errors(std::string_view e) {
  if (e == "strict") return ErrMode::Strict;
  if (e == "ignore") return ErrMode::Ignore;
  if (e == "replace") return ErrMode::Replace;
  if (e == "backslashreplace") return ErrMode::BackslashReplace;
  if (e == "surrogateescape") return ErrMode::SurrogateEscape;
  if (e == "xmlcharrefreplace") return ErrMode::XmlCharRef;
  raise(LookupError_, "unknown error handler name '" + std::string(e) + "'");
}

std::string hex2(unsigned v) {
  static const char* d = "0123456789abcdef";
  return {d[(v >> 4) & 15], d[v & 15]};
}

// Raises `type` with CPython's message and the attributes handlers read
// (encoding, object, start, end, reason); args holds just the message.
[[noreturn]] void throw_codec_error(Type* type, const std::string& msg, Codec c, Ref object,
                                    int64_t start, int64_t end, const char* reason) {
  Ref e = make_exception(type, msg);
  try {
    Ref enc = str_from_ascii(codec_name(c));
    Ref st = int_from_i64(start), en = int_from_i64(end), why = str_from_ascii(reason);
    setattr(e.get(), intern("encoding"), enc.get());
    setattr(e.get(), intern("object"), object.get());
    setattr(e.get(), intern("start"), st.get());
    setattr(e.get(), intern("end"), en.get());
    setattr(e.get(), intern("reason"), why.get());
  } catch (PyError&) {
    // Attributes are a convenience: the message alone still describes the error.
  }
  throw PyError(e.release().as_obj());
}

[[noreturn]] void decode_error(Codec c, std::string_view whole, int64_t start, int64_t end,
                               const char* reason) {
  std::string m = std::string("'") + codec_name(c) + "' codec can't decode ";
  if (end - start == 1)
    m += "byte 0x" + hex2(static_cast<unsigned char>(whole[size_t(start)])) + " in position " +
         std::to_string(start);
  else
    m += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  throw_codec_error(UnicodeDecodeError_, m + ": " + reason, c, bytes_new(whole), start, end, reason);
}

// Length of the invalid prefix at p[0..n) for a UTF-8 decoder that follows
// the "maximal subpart" rule (as CPython does); sets *reason.
size_t utf8_invalid_span(const unsigned char* p, size_t n, const char** reason) {
  unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;   // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) need = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;   // no surrogates in strict UTF-8
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *reason = "invalid start byte";
    return 1;
  }
  size_t i = 1;
  for (; i < need; ++i) {
    if (i >= n) {
      *reason = "unexpected end of data";
      return i;
    }
    unsigned char b = p[i];
    bool ok = i == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) {
      *reason = "invalid continuation byte";
      return i;
    }
  }
  return 0;   // valid: caller copies `need` bytes
}

size_t utf8_seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// Handles bytes [start, end) that failed to decode.
void decode_recover(std::string& out, ErrMode mode, Codec c, std::string_view whole, int64_t start,
                    int64_t end, const char* reason) {
  const auto* p = reinterpret_cast<const unsigned char*>(whole.data());
  switch (mode) {
    case ErrMode::Strict:
    case ErrMode::XmlCharRef:
      decode_error(c, whole, start, end, reason);
    case ErrMode::Ignore:
      return;
    case ErrMode::Replace:
      utf8_append(out, 0xFFFD);
      return;
    case ErrMode::BackslashReplace:
      for (int64_t i = start; i < end; ++i) out += "\\x" + hex2(p[i]);
      return;
    case ErrMode::SurrogateEscape:
      for (int64_t i = start; i < end; ++i) {
        if (p[i] < 128) decode_error(c, whole, start, end, reason);
        utf8_append(out, 0xDC00 + p[i]);
      }
      return;
  }
}

std::string decode_utf8(std::string_view b, ErrMode mode) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  size_t n = b.size();
  std::string out;
  out.reserve(n);
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      out.push_back(char(p[i++]));
      continue;
    }
    const char* reason = nullptr;
    size_t bad = utf8_invalid_span(p + i, n - i, &reason);
    if (bad == 0) {
      size_t len = utf8_seq_len(p[i]);
      out.append(b.data() + i, len);
      i += len;
      continue;
    }
    decode_recover(out, mode, Codec::Utf8, b, int64_t(i), int64_t(i + bad), reason);
    i += bad;
  }
  return out;
}

std::string decode_8bit(std::string_view b, Codec c, ErrMode mode) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  std::string out;
  out.reserve(b.size());
  for (size_t i = 0; i < b.size(); ++i) {
    if (p[i] < 0x80 || c == Codec::Latin1)
      utf8_append(out, p[i]);
    else
      decode_recover(out, mode, c, b, int64_t(i), int64_t(i + 1), "ordinal not in range(128)");
  }
  return out;
}

std::string cp_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

[[noreturn]] void encode_error(Codec c, std::string_view s, const std::vector<uint32_t>& cps,
                               size_t start, size_t end, const char* reason) {
  std::string m = std::string("'") + codec_name(c) + "' codec can't encode ";
  if (end - start == 1)
    m += "character '" + cp_escape(cps[start]) + "' in position " + std::to_string(start);
  else
    m += "characters in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  throw_codec_error(UnicodeEncodeError_, m + ": " + reason, c, str_new(s), int64_t(start),
                    int64_t(end), reason);
}

}  // namespace

Ref str_decode(std::string_view bytes, std::string_view encoding, std::string_view errors) {
  Codec c = lookup_codec(encoding);
  ErrMode mode = lookup_errors(errors);
  std::string out;
  if (c == Codec::Utf8) {
    // Fast path: valid ASCII needs no work beyond a scan.
    bool ascii = true;
    for (unsigned char ch : bytes) if (ch >= 0x80) { ascii = false; break; }
    if (ascii) return str_from_ascii(bytes);
    out = decode_utf8(bytes, mode);
  } else {
    out = decode_8bit(bytes, c, mode);
  }
  return str_from_buf(out);
}

std::string str_encode(std::string_view s, std::string_view encoding, std::string_view errors) {
  Codec c = lookup_codec(encoding);
  ErrMode mode = lookup_errors(errors);
  uint32_t limit = c == Codec::Utf8 ? 0x110000 : c == Codec::Ascii ? 0x80 : 0x100;
  bool simple = true;   // ASCII input, or UTF-8 output without surrogates
  for (unsigned char ch : s) {
    if (ch >= 0x80) { simple = false; break; }
  }
  if (simple) return std::string(s);
  // Decode to code points so error positions are code point indices.
  std::vector<uint32_t> cps;
  cps.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int nb;
    cps.push_back(utf8_decode(s.data() + i, &nb));
    i += size_t(nb);
  }
  auto unencodable = [&](uint32_t cp) {
    return cp >= limit || (c == Codec::Utf8 && cp >= 0xD800 && cp <= 0xDFFF);
  };
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size();) {
    uint32_t cp = cps[i];
    if (!unencodable(cp)) {
      if (c == Codec::Utf8) utf8_append(out, cp);
      else out.push_back(char(cp));
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < cps.size() && unencodable(cps[j])) ++j;
    const char* reason = c == Codec::Utf8 ? "surrogates not allowed"
                         : c == Codec::Ascii ? "ordinal not in range(128)"
                                             : "ordinal not in range(256)";
    for (size_t k = i; k < j; ++k) {
      uint32_t bad = cps[k];
      switch (mode) {
        case ErrMode::Strict: encode_error(c, s, cps, i, j, reason);
        case ErrMode::Ignore: break;
        case ErrMode::Replace: out.push_back('?'); break;
        case ErrMode::BackslashReplace: out += cp_escape(bad); break;
        case ErrMode::XmlCharRef: out += "&#" + std::to_string(bad) + ";"; break;
        case ErrMode::SurrogateEscape:
          if (bad >= 0xDC80 && bad <= 0xDCFF) out.push_back(char(bad - 0xDC00));
          else encode_error(c, s, cps, k, k + 1, reason);
          break;
      }
    }
    i = j;
  }
  return out;
}

}  // namespace gilpy
