// codecs.cpp — str.encode / bytes.decode: codec names and aliases, the
// error handlers, the utf-8 / ascii / latin-1 decoders, and one encoder for
// every codec (the UTF-16 / UTF-32 decoders are in codecs_utf16_32.cpp).
//
// Errors are raised as UnicodeDecodeError / UnicodeEncodeError built from
// CPython's five arguments (encoding, object, start, end, reason); the
// exception class formats its message from them (exceptions.cpp).
#include <cctype>
#include <cstdio>
#include <cstring>

#include "runtime/codec_impl.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/str_impl.hpp"

namespace gilpy {
namespace codec {

// ------------------------------------------------------------------ names

namespace {

struct Alias {
  const char* name;
  Codec codec;
};

// Normalised names (see normalize_name) of the implemented codecs: module
// names and the aliases of Python's encodings.aliases table.
const Alias kAliases[] = {
    {"utf_8", Codec::Utf8}, {"utf8", Codec::Utf8}, {"u8", Codec::Utf8}, {"utf", Codec::Utf8},
    {"cp65001", Codec::Utf8}, {"utf8_ucs2", Codec::Utf8}, {"utf8_ucs4", Codec::Utf8},
    {"utf_8_sig", Codec::Utf8Sig},
    {"ascii", Codec::Ascii}, {"646", Codec::Ascii}, {"ansi_x3.4_1968", Codec::Ascii},
    {"ansi_x3_4_1968", Codec::Ascii}, {"ansi_x3.4_1986", Codec::Ascii}, {"cp367", Codec::Ascii},
    {"csascii", Codec::Ascii}, {"ibm367", Codec::Ascii}, {"iso646_us", Codec::Ascii},
    {"iso_646.irv_1991", Codec::Ascii}, {"iso_ir_6", Codec::Ascii}, {"us", Codec::Ascii},
    {"us_ascii", Codec::Ascii},
    {"latin_1", Codec::Latin1}, {"latin1", Codec::Latin1}, {"latin", Codec::Latin1},
    {"l1", Codec::Latin1}, {"8859", Codec::Latin1}, {"cp819", Codec::Latin1},
    {"csisolatin1", Codec::Latin1}, {"ibm819", Codec::Latin1}, {"iso8859", Codec::Latin1},
    {"iso8859_1", Codec::Latin1}, {"iso_8859_1", Codec::Latin1}, {"iso_8859_1_1987", Codec::Latin1},
    {"iso_ir_100", Codec::Latin1},
    {"utf_16", Codec::Utf16}, {"utf16", Codec::Utf16}, {"u16", Codec::Utf16},
    {"utf_16_le", Codec::Utf16LE}, {"utf_16le", Codec::Utf16LE}, {"unicodelittleunmarked", Codec::Utf16LE},
    {"utf_16_be", Codec::Utf16BE}, {"utf_16be", Codec::Utf16BE}, {"unicodebigunmarked", Codec::Utf16BE},
    {"utf_32", Codec::Utf32}, {"utf32", Codec::Utf32}, {"u32", Codec::Utf32},
    {"utf_32_le", Codec::Utf32LE}, {"utf_32le", Codec::Utf32LE},
    {"utf_32_be", Codec::Utf32BE}, {"utf_32be", Codec::Utf32BE},
};

// Prefixes of real Python codecs gilpy does not implement: they get a clear
// NotImplementedError rather than a misleading "unknown encoding".
const char* const kMissing[] = {"utf_7", "utf7", "u7", "unicode_1_1_utf_7", "cp", "iso8859", "iso_8859",
                                "latin", "koi8", "mac", "shift", "sjis", "gb", "big5", "euc", "windows_",
                                "idna", "punycode", "raw_unicode", "unicode_escape", "charmap", "hex",
                                "base64", "rot13", "rot_13", "zlib", "bz2", "quopri", "iso2022",
                                "iso_2022", "johab", "tis_620", "kz1048", "ptcp154"};

// As Python's codec registry: lower case; each run of characters other than
// ASCII letters, digits and '.' becomes one '_', dropped at either end.
std::string normalize_name(std::string_view name) {
  std::string n;
  bool punct = false;
  for (unsigned char c : name) {
    if (c < 0x80 && (std::isalnum(c) || c == '.')) {
      if (punct && !n.empty()) n.push_back('_');
      n.push_back(char(std::tolower(c)));
      punct = false;
    } else {
      punct = true;
    }
  }
  return n;
}

bool find_alias(const std::string& n, Codec* out) {
  for (const Alias& a : kAliases)
    if (n == a.name) {
      *out = a.codec;
      return true;
    }
  return false;
}

// The names of the encodings.* modules (the rest of kAliases are aliases).
bool is_module_name(const std::string& n) {
  static const char* const kModules[] = {"utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le",
                                         "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"};
  for (const char* m : kModules)
    if (n == m) return true;
  return false;
}

// Normalised names CPython decodes and encodes without the codec registry.
bool is_fast_path(const std::string& n) {
  static const char* const kFast[] = {"utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii",
                                      "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1"};
  for (const char* f : kFast)
    if (n == f) return true;
  return false;
}

Codec lookup_codec(std::string_view name, bool* via_registry) {
  *via_registry = false;
  if (name == "utf-8" || name == "utf8") return Codec::Utf8;   // the common spellings, no allocation
  std::string n = normalize_name(name);
  *via_registry = !is_fast_path(n);
  Codec c;
  if (find_alias(n, &c)) return c;
  // encodings.search_function retries its alias table (not the module
  // names) with every '.' read as '_'.
  if (n.find('.') != std::string::npos) {
    std::string u = n;
    for (char& ch : u) if (ch == '.') ch = '_';
    if (!is_module_name(u) && find_alias(u, &c)) return c;
  }
  for (const char* k : kMissing)
    if (!n.empty() && n.rfind(k, 0) == 0) not_supported("the '" + std::string(name) + "' codec");
  raise(LookupError_, "unknown encoding: " + std::string(name));
}

Errors lookup_errors(std::string_view e, std::string_view encoding, bool decoding, bool via_registry) {
  static const struct {
    const char* name;
    ErrMode mode;
  } kModes[] = {{"strict", ErrMode::Strict},
                {"ignore", ErrMode::Ignore},
                {"replace", ErrMode::Replace},
                {"backslashreplace", ErrMode::BackslashReplace},
                {"xmlcharrefreplace", ErrMode::XmlCharRef},
                {"namereplace", ErrMode::NameReplace},
                {"surrogateescape", ErrMode::SurrogateEscape},
                {"surrogatepass", ErrMode::SurrogatePass}};
  ErrMode mode = ErrMode::Unknown;
  for (const auto& m : kModes)
    if (e == m.name) mode = m.mode;
  return {mode, e, encoding, decoding, via_registry};
}

// An error handler that cannot do its job raises `type`; through the codec
// registry the error comes rewrapped, the original as its __cause__.
[[noreturn]] void handler_failure(const Errors& err, Type* type, const std::string& msg) {
  if (!err.via_registry) raise(type, msg);
  Ref inner = make_exception(type, msg);
  Ref outer = make_exception(type, std::string(err.decoding ? "decoding" : "encoding") + " with '" +
                                       std::string(err.encoding) + "' codec failed (" + type->name + ": " +
                                       msg + ")");
  auto* e = static_cast<ExceptionObject*>(outer.get().as_obj());
  e->cause = inner.release().as_obj();
  e->suppress_context = true;
  throw PyError(outer.release().as_obj());
}

[[noreturn]] void unknown_handler(const Errors& err) {
  handler_failure(err, LookupError_, "unknown error handler name '" + std::string(err.name) + "'");
}

std::string hex2(unsigned v) {
  static const char* d = "0123456789abcdef";
  return {d[(v >> 4) & 15], d[v & 15]};
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// The five-argument exception CPython raises; its str() is the message.
[[noreturn]] void raise_codec_error(Type* type, Codec c, Ref object, int64_t start, int64_t end,
                                    const char* reason) {
  Ref enc = str_from_ascii(codec_name(c)), why = str_from_ascii(reason);
  Ref st = int_from_i64(start), en = int_from_i64(end);
  Value args[5] = {enc.get(), object.get(), st.get(), en.get(), why.get()};
  raise_args(type, args, 5);
}

}  // namespace

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8-sig";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
  }
  return "?";
}

void decode_error(Codec c, std::string_view whole, int64_t start, int64_t end, const char* reason) {
  raise_codec_error(UnicodeDecodeError_, c, bytes_new(whole), start, end, reason);
}

void encode_error(Codec c, std::string_view utf8, int64_t start, int64_t end, const char* reason) {
  raise_codec_error(UnicodeEncodeError_, c, str_new(utf8), start, end, reason);
}

// ------------------------------------------------------------- decoding

namespace {

// surrogatepass: the length of the one surrogate encoded at p[start..) in
// codec c's own form (0 if there is none), its value in *cp.
size_t surrogate_at(Codec c, const unsigned char* p, size_t n, size_t start, uint32_t* cp) {
  const unsigned char* q = p + start;
  size_t left = n - start;
  switch (c) {
    case Codec::Utf8:
      if (left < 3 || q[0] != 0xED || (q[1] & 0xE0) != 0xA0 || (q[2] & 0xC0) != 0x80) return 0;
      *cp = 0xD000 | (uint32_t(q[1] & 0x3F) << 6) | (q[2] & 0x3F);
      return 3;
    case Codec::Utf16LE:
    case Codec::Utf16BE:
      if (left < 2) return 0;
      *cp = c == Codec::Utf16LE ? (uint32_t(q[1]) << 8 | q[0]) : (uint32_t(q[0]) << 8 | q[1]);
      return is_surrogate(*cp) ? 2 : 0;
    case Codec::Utf32LE:
    case Codec::Utf32BE:
      if (left < 4) return 0;
      *cp = c == Codec::Utf32LE ? (uint32_t(q[3]) << 24 | uint32_t(q[2]) << 16 | uint32_t(q[1]) << 8 | q[0])
                                : (uint32_t(q[0]) << 24 | uint32_t(q[1]) << 16 | uint32_t(q[2]) << 8 | q[3]);
      return is_surrogate(*cp) ? 4 : 0;
    default:
      return 0;   // other codecs have no encoded surrogates: the handler re-raises
  }
}

}  // namespace

size_t decode_recover(std::string& out, const Errors& err, Codec c, std::string_view whole, size_t start,
                      size_t end, const char* reason) {
  const auto* p = reinterpret_cast<const unsigned char*>(whole.data());
  switch (err.mode) {
    case ErrMode::Strict:
      decode_error(c, whole, int64_t(start), int64_t(end), reason);
    case ErrMode::Ignore:
      return end;
    case ErrMode::Replace:
      utf8_append(out, 0xFFFD);
      return end;
    case ErrMode::BackslashReplace:
      for (size_t i = start; i < end; ++i) out += "\\x" + hex2(p[i]);
      return end;
    case ErrMode::SurrogateEscape: {
      // Bytes >= 0x80 become U+DC80..U+DCFF; as CPython's handler, it takes
      // the leading such bytes of the span and decoding resumes after them.
      size_t i = start;
      for (; i < end && p[i] >= 128; ++i) utf8_append(out, 0xDC00 + p[i]);
      if (i == start) decode_error(c, whole, int64_t(start), int64_t(end), reason);
      return i;
    }
    case ErrMode::SurrogatePass: {
      uint32_t cp = 0;
      size_t len = surrogate_at(c, p, whole.size(), start, &cp);
      if (len == 0) decode_error(c, whole, int64_t(start), int64_t(end), reason);
      utf8_append(out, cp);
      return start + len;
    }
    case ErrMode::XmlCharRef:
    case ErrMode::NameReplace:
      handler_failure(err, TypeError_, "don't know how to handle UnicodeDecodeError in error callback");
    case ErrMode::Unknown:
      unknown_handler(err);
  }
  return end;
}

namespace {

// Length of the invalid prefix at p[0..n) for a UTF-8 decoder that follows
// the "maximal subpart" rule (as CPython does); sets *reason. 0: valid.
size_t utf8_invalid_span(const unsigned char* p, size_t n, const char** reason) {
  unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;   // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
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
  for (size_t i = 1; i < need; ++i) {
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
  return 0;
}

size_t utf8_seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

std::string decode_utf8(std::string_view b, const Errors& err) {
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
    i = decode_recover(out, err, Codec::Utf8, b, i, i + bad, reason);
  }
  return out;
}

std::string decode_8bit(std::string_view b, Codec c, const Errors& err) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  std::string out;
  out.reserve(b.size() * 2);
  for (size_t i = 0; i < b.size();) {
    if (p[i] < 0x80 || c == Codec::Latin1)
      utf8_append(out, p[i++]);
    else
      i = decode_recover(out, err, c, b, i, i + 1, "ordinal not in range(128)");
  }
  return out;
}

bool all_ascii(std::string_view s) {
  for (unsigned char ch : s)
    if (ch >= 0x80) return false;
  return true;
}

}  // namespace

// ------------------------------------------------------------- encoding

namespace {

// Writers for one code point (or code unit) at w; they return the end.
inline char* put_unit16(char* w, uint32_t u, bool big) {
  w[big ? 0 : 1] = char((u >> 8) & 0xFF);
  w[big ? 1 : 0] = char(u & 0xFF);
  return w + 2;
}
inline char* put_unit32(char* w, uint32_t u, bool big) {
  for (int k = 0; k < 4; ++k) w[k] = char((u >> (big ? 24 - 8 * k : 8 * k)) & 0xFF);
  return w + 4;
}
// UTF-16: one unit, or a surrogate pair above the BMP.
inline char* put_utf16(char* w, uint32_t cp, bool big) {
  if (cp < 0x10000) return put_unit16(w, cp, big);
  cp -= 0x10000;
  w = put_unit16(w, 0xD800 | (cp >> 10), big);
  return put_unit16(w, 0xDC00 | (cp & 0x3FF), big);
}

// Writes cp (encodable by U, or a surrogate under surrogatepass) at w.
template <Codec U>
inline char* put_cp(char* w, uint32_t cp) {
  if constexpr (U == Codec::Utf8) return put_utf8(w, cp);
  else if constexpr (U == Codec::Utf16LE || U == Codec::Utf16BE) return put_utf16(w, cp, U == Codec::Utf16BE);
  else if constexpr (U == Codec::Utf32LE || U == Codec::Utf32BE) return put_unit32(w, cp, U == Codec::Utf32BE);
  else { *w = char(cp); return w + 1; }
}

template <Codec U>
inline bool encodable(uint32_t cp) {
  if constexpr (U == Codec::Ascii) return cp < 0x80;
  else if constexpr (U == Codec::Latin1) return cp < 0x100;
  else return !is_surrogate(cp);
}

// Encodes s[i..) onto out while every code point is encodable by U, into
// room reserved for the worst case (output bytes per input UTF-8 byte);
// stops at the first unencodable code point or the end, advancing i, idx.
template <Codec U>
void encode_run(std::string_view s, size_t& i, int64_t& idx, std::string& out) {
  constexpr size_t kPerByte = U == Codec::Utf16LE || U == Codec::Utf16BE   ? 2
                              : U == Codec::Utf32LE || U == Codec::Utf32BE ? 4
                                                                           : 1;
  size_t base = out.size(), n = s.size();
  out.resize(base + (n - i) * kPerByte);
  char* w = out.data() + base;
  const char* p = s.data();
  while (i < n) {
    int nb = 1;
    uint32_t cp = static_cast<unsigned char>(p[i]);
    if (cp >= 0x80) cp = utf8_decode(p + i, &nb);
    if (!encodable<U>(cp)) break;
    w = put_cp<U>(w, cp);
    i += size_t(nb);
    ++idx;
  }
  out.resize(size_t(w - out.data()));
}

// One codec's output for the error handlers (c is a byte-order-specific
// codec: no BOM variants here).
struct Sink {
  Codec c;
  std::string& out;

  bool wide() const { return c != Codec::Utf8 && c != Codec::Ascii && c != Codec::Latin1; }
  bool encodable(uint32_t cp) const {
    if (c == Codec::Ascii) return codec::encodable<Codec::Ascii>(cp);
    if (c == Codec::Latin1) return codec::encodable<Codec::Latin1>(cp);
    return !is_surrogate(cp);
  }
  const char* reason() const {
    return c == Codec::Ascii    ? "ordinal not in range(128)"
           : c == Codec::Latin1 ? "ordinal not in range(256)"
                                : "surrogates not allowed";
  }
  // As far as possible without an error (see encode_run).
  void run(std::string_view s, size_t& i, int64_t& idx) {
    switch (c) {
      case Codec::Utf8: return encode_run<Codec::Utf8>(s, i, idx, out);
      case Codec::Ascii: return encode_run<Codec::Ascii>(s, i, idx, out);
      case Codec::Latin1: return encode_run<Codec::Latin1>(s, i, idx, out);
      case Codec::Utf16LE: return encode_run<Codec::Utf16LE>(s, i, idx, out);
      case Codec::Utf16BE: return encode_run<Codec::Utf16BE>(s, i, idx, out);
      case Codec::Utf32LE: return encode_run<Codec::Utf32LE>(s, i, idx, out);
      default: return encode_run<Codec::Utf32BE>(s, i, idx, out);
    }
  }
  // One code point from an error handler: a replacement character, or a
  // surrogate under surrogatepass.
  void put(uint32_t cp) {
    char buf[4], *e;
    switch (c) {
      case Codec::Utf8: e = put_cp<Codec::Utf8>(buf, cp); break;
      case Codec::Utf16LE: e = put_cp<Codec::Utf16LE>(buf, cp); break;
      case Codec::Utf16BE: e = put_cp<Codec::Utf16BE>(buf, cp); break;
      case Codec::Utf32LE: e = put_cp<Codec::Utf32LE>(buf, cp); break;
      case Codec::Utf32BE: e = put_cp<Codec::Utf32BE>(buf, cp); break;
      default: e = put_cp<Codec::Latin1>(buf, cp); break;
    }
    out.append(buf, size_t(e - buf));
  }
};

std::string cp_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

// A code point span of the str being encoded: bytes [i, j) of its UTF-8,
// code point indices [idx, jdx).
struct Span {
  size_t i, j;
  int64_t idx, jdx;
};

// Applies the error handler to the unencodable code points of `sp`.
// `named` is the codec the messages name ('utf-16' for the BOM variant).
void encode_recover(Sink& sink, const Errors& err, Codec named, std::string_view s, const Span& sp) {
  const char* reason = sink.reason();
  auto each = [&](auto&& fn) {
    int64_t k = sp.idx;
    for (size_t i = sp.i; i < sp.j; ++k) {
      int nb;
      uint32_t cp = utf8_decode(s.data() + i, &nb);
      fn(cp, k);
      i += size_t(nb);
    }
  };
  auto put_text = [&](const std::string& text) {
    for (unsigned char ch : text) sink.put(ch);
  };
  switch (err.mode) {
    case ErrMode::Strict:
      encode_error(named, s, sp.idx, sp.jdx, reason);
    case ErrMode::Ignore:
      return;
    case ErrMode::Replace:
      each([&](uint32_t, int64_t) { sink.put('?'); });
      return;
    case ErrMode::BackslashReplace:
      each([&](uint32_t cp, int64_t) { put_text(cp_escape(cp)); });
      return;
    case ErrMode::XmlCharRef:
      each([&](uint32_t cp, int64_t) { put_text("&#" + std::to_string(cp) + ";"); });
      return;
    case ErrMode::SurrogateEscape:
      // A lone byte cannot fill a UTF-16/32 unit: CPython rejects it there.
      if (sink.wide()) encode_error(named, s, sp.idx, sp.jdx, reason);
      // U+DC80..U+DCFF go back to their bytes; the first other code point
      // fails together with the rest of the span.
      each([&](uint32_t cp, int64_t k) {
        if (cp < 0xDC80 || cp > 0xDCFF) encode_error(named, s, k, sp.jdx, reason);
        sink.out.push_back(char(cp - 0xDC00));
      });
      return;
    case ErrMode::SurrogatePass:
      // Only the UTF codecs have a form for surrogates.
      if (sink.c == Codec::Ascii || sink.c == Codec::Latin1) encode_error(named, s, sp.idx, sp.jdx, reason);
      each([&](uint32_t cp, int64_t) { sink.put(cp); });
      return;
    case ErrMode::NameReplace:
      not_supported("the 'namereplace' error handler");
    case ErrMode::Unknown:
      unknown_handler(err);
  }
}

std::string encode(std::string_view s, Codec c, const Errors& err) {
  std::string out;
  Codec unit = c, named = c;
  switch (c) {
    case Codec::Utf8Sig: out = "\xEF\xBB\xBF"; unit = named = Codec::Utf8; break;
    case Codec::Utf16: out = "\xFF\xFE"; unit = Codec::Utf16LE; break;
    case Codec::Utf32: out.assign("\xFF\xFE\0\0", 4); unit = Codec::Utf32LE; break;
    default: break;
  }
  Sink sink{unit, out};
  size_t n = s.size(), i = 0;
  int64_t idx = 0;
  for (;;) {
    sink.run(s, i, idx);
    if (i >= n) break;
    // The 8-bit and UTF-8 encoders report a whole run of unencodable code
    // points at once; the UTF-16/32 ones one at a time (as CPython).
    int nb;
    utf8_decode(s.data() + i, &nb);
    Span sp{i, i + size_t(nb), idx, idx + 1};
    while (!sink.wide() && sp.j < n) {
      int nb2;
      if (sink.encodable(utf8_decode(s.data() + sp.j, &nb2))) break;
      sp.j += size_t(nb2);
      ++sp.jdx;
    }
    encode_recover(sink, err, named, s, sp);
    i = sp.j;
    idx = sp.jdx;
  }
  return out;
}

// Whether the (internal) UTF-8 holds an encoded surrogate: ED A0..BF xx.
bool has_surrogate(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0) return true;
  return false;
}

}  // namespace
}  // namespace codec

using namespace codec;

Ref str_decode(std::string_view bytes, std::string_view encoding, std::string_view errors) {
  bool via_registry;
  Codec c = lookup_codec(encoding, &via_registry);
  Errors err = lookup_errors(errors, encoding, true, via_registry);
  switch (c) {
    case Codec::Utf8Sig:
      if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
      [[fallthrough]];
    case Codec::Utf8:
      if (all_ascii(bytes)) return str_from_ascii(bytes);
      return str_from_buf(decode_utf8(bytes, err));
    case Codec::Ascii:
    case Codec::Latin1:
      if (all_ascii(bytes)) return str_from_ascii(bytes);
      return str_from_buf(decode_8bit(bytes, c, err));
    case Codec::Utf16:
    case Codec::Utf16LE:
    case Codec::Utf16BE:
      return str_from_buf(decode_utf16(bytes, c, err));
    default:
      return str_from_buf(decode_utf32(bytes, c, err));
  }
}

std::string str_encode(std::string_view s, std::string_view encoding, std::string_view errors) {
  bool via_registry;
  Codec c = lookup_codec(encoding, &via_registry);
  Errors err = lookup_errors(errors, encoding, false, via_registry);
  // Fast paths: ASCII text is its own utf-8 / ascii / latin-1 encoding, and
  // the internal UTF-8 is the utf-8 encoding unless it holds surrogates.
  bool narrow = c == Codec::Utf8 || c == Codec::Ascii || c == Codec::Latin1;
  if (narrow && all_ascii(s)) return std::string(s);
  if (c == Codec::Utf8 && !has_surrogate(s)) return std::string(s);
  return encode(s, c, err);
}

bool codec_stream_safe(std::string_view encoding) {
  bool via_registry;
  Codec c = lookup_codec(encoding, &via_registry);
  return c == Codec::Utf8 || c == Codec::Ascii || c == Codec::Latin1;
}

}  // namespace gilpy
