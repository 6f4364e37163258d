// num_bigint.cpp — the int representation: small immediates and BigInt
// objects, conversions to and from machine numbers, text and bytes, hashing.
//
// Arithmetic lives in num_intops.cpp, the int type itself in num_int.cpp.
#include <atomic>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/errors.hpp"
#include "runtime/num_bigimpl.hpp"
#include "runtime/str.hpp"

namespace gilpy {

namespace mp = boost::multiprecision;

// ------------------------------------------------------------ representation

// Fits the 48-bit immediate? Reads the limbs directly: cheaper than comparisons.
static bool big_fits_small(const BigI& v, int64_t* out) {
  const auto& be = v.backend();
  if (be.size() > 1) return false;
  uint64_t mag = *be.limbs();
  if (be.sign()) {
    if (mag > (uint64_t(1) << 47)) return false;
    *out = -int64_t(mag);
  } else {
    if (mag > uint64_t(Value::kSmallMax)) return false;
    *out = int64_t(mag);
  }
  return true;
}

static Ref new_bigint_object(BigI v) {
  BigInt* o = alloc_object<BigInt>(&IntType);
  Ref r = Ref::steal(o);
  o->impl = new BigIntImpl{std::move(v)};
  return r;
}

Ref big_to_value(BigI&& v) {
  int64_t s;
  if (big_fits_small(v, &s)) return Ref::steal(Value::small_int(s));
  return new_bigint_object(std::move(v));
}

Ref big_to_value(const BigI& v) {
  int64_t s;
  if (big_fits_small(v, &s)) return Ref::steal(Value::small_int(s));
  return new_bigint_object(v);
}

Value int_value(Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (v.is_obj() && v.as_obj()->type != &IntType && (v.as_obj()->type->flags & kTypeIntSub))
    return static_cast<IntSubObject*>(v.as_obj())->value;
  return v;
}

// --------------------------------------------------------- machine numbers

Ref int_from_i64(int64_t i) {
  if (Value::fits_small(i)) return Ref::steal(Value::small_int(i));
  return new_bigint_object(BigI(i));
}

Ref int_from_u64(uint64_t u) {
  if (u <= uint64_t(Value::kSmallMax)) return Ref::steal(Value::small_int(int64_t(u)));
  return new_bigint_object(BigI(u));
}

Ref int_from_words(const uint32_t* words, size_t n) {
  BigI r;
  mp::import_bits(r, words, words + n, 32, false);
  return big_to_value(std::move(r));
}

BigI big_from_integral_double(double d) {
  int e;
  double m = std::frexp(d, &e);                 // d = m * 2**e, 0.5 <= |m| < 1
  int64_t mant = int64_t(std::ldexp(m, 53));    // exact: 53 significant bits
  BigI r(mant);
  e -= 53;
  if (e > 0) r <<= e;
  else if (e < 0) r >>= -e;                     // exact: d is integral
  return r;
}

Ref int_from_double(double d) {
  if (std::isnan(d)) value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) overflow_error("cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 9.2e18) return int_from_i64(int64_t(t));
  return new_bigint_object(big_from_integral_double(t));
}

bool int_fits_i64(Value i) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) return true;
  const auto& be = b->backend();
  if (be.size() > 1) return false;
  uint64_t mag = *be.limbs();
  return be.sign() ? mag <= (uint64_t(1) << 63) : mag <= uint64_t(INT64_MAX);
}

int64_t int_as_i64(Value i) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) return s;
  if (!int_fits_i64(i)) overflow_error("Python int too large to convert to C long");
  return b->convert_to<int64_t>();
}

// Rounds half to even: keeps 55 bits (53 + guard + a sticky bit folded into the
// last one), which the hardware's uint64 -> double conversion rounds correctly.
double big_to_double_rounded(const BigI& v) {
  if (v.is_zero()) return 0.0;
  size_t n = mp::msb(v) + 1;
  if (n <= 64) return double(v.convert_to<uint64_t>());
  size_t shift = n - 55;
  uint64_t top = static_cast<BigI>(v >> shift).convert_to<uint64_t>();
  if (mp::lsb(v) < shift) top |= 1;
  return std::ldexp(double(top), int(std::min<size_t>(shift, 4000)));
}

double int_as_double(Value i) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) return double(s);
  double d = big_to_double_rounded(mp::abs(*b));
  if (std::isinf(d)) overflow_error("int too large to convert to float");
  return b->sign() < 0 ? -d : d;
}

double int_frexp(Value i, int64_t* e) {
  int64_t s;
  const BigI* b;
  int ie;
  if (int_parts(i, &s, &b)) {
    double m = std::frexp(double(s), &ie);
    *e = ie;
    return m;
  }
  BigI a = mp::abs(*b);
  size_t n = mp::msb(a) + 1;
  if (n <= 64) {   // the uint64 -> double conversion rounds correctly
    double m = std::frexp(double(a.convert_to<uint64_t>()), &ie);
    *e = ie;
    return b->sign() < 0 ? -m : m;
  }
  size_t shift = n - 55;
  uint64_t top = static_cast<BigI>(a >> shift).convert_to<uint64_t>();
  if (mp::lsb(a) < shift) top |= 1;
  double m = std::frexp(double(top), &ie);   // rounding may carry to 2**55: frexp absorbs it
  *e = int64_t(ie) + int64_t(shift);
  return b->sign() < 0 ? -m : m;
}

int int_sign(Value i) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) return (s > 0) - (s < 0);
  return b->sign();
}

int int_compare(Value a, Value b) {
  int64_t sa, sb;
  const BigI *ba, *bb;
  bool small_a = int_parts(a, &sa, &ba), small_b = int_parts(b, &sb, &bb);
  if (small_a && small_b) return (sa > sb) - (sa < sb);
  if (small_a) return -bb->sign();   // a big value is larger in magnitude than any small one
  if (small_b) return ba->sign();
  int c = ba->compare(*bb);
  return (c > 0) - (c < 0);
}

int int_compare_double(Value i, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) {   // |s| < 2**47: exact as a double
    double x = double(s);
    return (x > d) - (x < d);
  }
  double fl = std::floor(d);
  int c = b->compare(big_from_integral_double(fl));
  if (c > 0) return 1;          // i >= floor(d) + 1 > d
  if (c < 0) return -1;
  return fl == d ? 0 : -1;
}

int64_t int_bit_length(Value i) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) {
    uint64_t m = s < 0 ? uint64_t(-s) : uint64_t(s);
    return m ? 64 - __builtin_clzll(m) : 0;
  }
  return int64_t(mp::msb(mp::abs(*b))) + 1;
}

// ------------------------------------------------------------------ hashing

// CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1, with
// the sign kept and -1 (reserved as an error code in C) mapped to -2.
int64_t int_hash(Value i) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) return s == -1 ? -2 : s;
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  const auto& be = b->backend();
  const auto* limbs = be.limbs();
  unsigned __int128 h = 0;
  for (size_t k = be.size(); k-- > 0;) {
    h = (h << 64 | limbs[k]) % P;   // h < P < 2**61, so the shift cannot overflow 128 bits
  }
  int64_t r = int64_t(uint64_t(h));
  if (be.sign()) r = -r;
  return r == -1 ? -2 : r;
}

// --------------------------------------------------------------------- bytes

Ref int_from_bytes(std::string_view bytes, bool little, bool is_signed) {
  if (bytes.empty()) return Ref::steal(Value::small_int(0));
  if (bytes.size() <= 5) {   // fast path: at most 40 bits always fits the immediate
    uint64_t u = 0;
    for (size_t k = 0; k < bytes.size(); ++k) {
      uint8_t c = uint8_t(little ? bytes[bytes.size() - 1 - k] : bytes[k]);
      u = u << 8 | c;
    }
    int64_t r = int64_t(u);
    if (is_signed && (u >> (8 * bytes.size() - 1))) r -= int64_t(1) << (8 * bytes.size());
    return Ref::steal(Value::small_int(r));
  }
  BigI r;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(bytes.data());
  mp::import_bits(r, p, p + bytes.size(), 8, !little);
  if (is_signed && mp::bit_test(r, unsigned(8 * bytes.size() - 1))) {
    BigI m = 1;
    m <<= 8 * bytes.size();
    r -= m;
  }
  return big_to_value(std::move(r));
}

std::string int_to_bytes(Value i, int64_t length, bool little, bool is_signed) {
  BigI v = to_big(i);
  if (v.sign() < 0 && !is_signed) overflow_error("can't convert negative int to unsigned");
  // Bits needed: the magnitude's bits, plus a sign bit when signed.
  int64_t need = 0;
  if (v.sign() > 0) need = int64_t(mp::msb(v)) + 1 + (is_signed ? 1 : 0);
  else if (v.sign() < 0) {
    BigI w = -v - 1;   // two's complement of -w-1 needs bit_length(w) + 1 bits
    need = (w.is_zero() ? 0 : int64_t(mp::msb(w)) + 1) + 1;
  }
  if (need > length * 8) overflow_error("int too big to convert");
  std::string out(size_t(length), '\0');
  if (v.sign() < 0) {
    BigI m = 1;
    m <<= size_t(length) * 8;
    v += m;   // the two's complement image
  }
  std::vector<uint8_t> le;
  mp::export_bits(v, std::back_inserter(le), 8, false);   // least significant first
  if (v.is_zero()) le.clear();
  for (size_t k = 0; k < le.size() && k < out.size(); ++k) {
    out[little ? k : out.size() - 1 - k] = char(le[k]);
  }
  return out;
}

// ---------------------------------------------------------------------- text

// Python's str.isspace() code points outside ASCII.
static bool is_unicode_space(uint32_t cp) {
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// The code point of digit zero of every Unicode block of decimal digits
// (category Nd); each block holds the ten digits in order.
static const uint32_t kDigitZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

static int unicode_digit(uint32_t cp) {
  for (uint32_t z : kDigitZeros) {
    if (cp >= z && cp < z + 10) return int(cp - z);
  }
  return -1;
}

static bool ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

// Decodes one UTF-8 sequence at s[*k]; advances *k. Input is valid UTF-8.
static uint32_t utf8_next(std::string_view s, size_t* k) {
  uint8_t c = uint8_t(s[*k]);
  int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int j = 1; j < len && *k + j < s.size(); ++j) cp = cp << 6 | (uint8_t(s[*k + j]) & 0x3F);
  *k += len;
  return cp;
}

bool num_ascii_normalize(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  for (size_t k = 0; k < s.size();) {
    if (uint8_t(s[k]) < 0x80) {
      out->push_back(s[k++]);
      continue;
    }
    uint32_t cp = utf8_next(s, &k);
    int d;
    if (is_unicode_space(cp)) out->push_back(' ');
    else if ((d = unicode_digit(cp)) >= 0) out->push_back(char('0' + d));
    else return false;
  }
  size_t b = 0, e = out->size();
  while (b < e && ascii_space((*out)[b])) ++b;
  while (e > b && ascii_space((*out)[e - 1])) --e;
  *out = out->substr(b, e - b);
  return true;
}

std::string repr_trunc200(std::string_view s, bool is_bytes) {
  std::string r = is_bytes ? bytes_repr_utf8(s) : str_repr_utf8(s);
  if (r.size() <= 200) return r;
  size_t cps = 0, k = 0;   // cut after 200 code points
  while (k < r.size() && cps < 200) {
    uint8_t c = uint8_t(r[k]);
    k += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++cps;
  }
  return r.substr(0, k);
}

static std::atomic<int64_t> g_max_str_digits{4300};

int64_t int_max_str_digits() { return g_max_str_digits.load(std::memory_order_relaxed); }

void set_int_max_str_digits(int64_t n) {
  if (n != 0 && n < 640) value_error("maxdigits must be 0 or larger than 640");
  g_max_str_digits.store(n, std::memory_order_relaxed);
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Parses stripped ASCII text by int()'s grammar. Returns false on a syntax
// error (the caller words the message with the original object).
static bool parse_int_text(std::string_view s, int base, Ref* out) {
  size_t k = 0;
  bool neg = false;
  if (k < s.size() && (s[k] == '+' || s[k] == '-')) neg = s[k++] == '-';
  bool prefixed = false;
  if (k + 1 < s.size() && s[k] == '0') {
    char p = char(s[k + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      k += 2;
      prefixed = true;
    }
  }
  bool base0_decimal = base == 0;
  if (base == 0) base = 10;
  // Collect digit values; underscores only singly between digits (or right after a prefix).
  std::string digits;
  digits.reserve(s.size() - k);
  bool prev_digit = prefixed;
  for (; k < s.size(); ++k) {
    char c = s[k];
    if (c == '_') {
      if (!prev_digit) return false;
      prev_digit = false;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return false;
    digits.push_back(char(d));
    prev_digit = true;
  }
  if (digits.empty() || !prev_digit) return false;
  if (base0_decimal && digits[0] == 0) {   // "010" is not a base-0 literal; "000" is
    for (char d : digits) {
      if (d != 0) return false;
    }
  }
  bool pow2 = (base & (base - 1)) == 0;
  int64_t limit = int_max_str_digits();
  if (!pow2 && limit > 0 && int64_t(digits.size()) > limit) {
    value_error("Exceeds the limit (" + std::to_string(limit) +
                " digits) for integer string conversion: value has " +
                std::to_string(digits.size()) +
                " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  if (digits.size() <= 12) {   // base**12 <= 36**12 < 2**63: exact in int64
    int64_t v = 0;
    for (char d : digits) v = v * base + d;
    *out = int_from_i64(neg ? -v : v);
    return true;
  }
  BigI r;
  if (pow2) {
    // Pack the digits' bits into little-endian bytes: Boost's import_bits
    // mishandles chunks narrower than a byte at limb boundaries.
    unsigned bits = unsigned(__builtin_ctz(unsigned(base)));
    std::vector<uint8_t> bytes((digits.size() * bits + 7) / 8, 0);
    size_t pos = 0;
    for (size_t j = digits.size(); j-- > 0; pos += bits) {
      for (unsigned b = 0; b < bits; ++b) {
        if ((digits[j] >> b) & 1) bytes[(pos + b) / 8] |= uint8_t(1u << ((pos + b) % 8));
      }
    }
    mp::import_bits(r, bytes.begin(), bytes.end(), 8, false);
  } else {
    // Chunks of digits that fit a uint64, folded in with one multiply-add each.
    int per = 1;
    uint64_t scale = base;
    while (scale <= UINT64_MAX / uint64_t(base) / uint64_t(base)) scale *= base, ++per;
    size_t n = digits.size(), k2 = 0;
    while (k2 < n) {
      size_t take = std::min<size_t>(per + 1, n - k2);
      uint64_t chunk = 0, mul = 1;
      for (size_t j = 0; j < take; ++j) chunk = chunk * base + uint64_t(digits[k2 + j]), mul *= base;
      r *= mul;
      r += chunk;
      k2 += take;
    }
  }
  if (neg) r = -r;
  *out = big_to_value(std::move(r));
  return true;
}

static void check_base(int base) {
  if (base != 0 && (base < 2 || base > 36)) value_error("int() base must be >= 2 and <= 36, or 0");
}

[[noreturn]] static void invalid_literal(int base, std::string_view s, bool is_bytes) {
  value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
              repr_trunc200(s, is_bytes));
}

Ref int_from_string(std::string_view s, int base) {
  check_base(base);
  std::string ascii;
  Ref out;
  if (!num_ascii_normalize(s, &ascii) || !parse_int_text(ascii, base, &out))
    invalid_literal(base, s, false);
  return out;
}

Ref int_from_text_obj(Value s, int base) {
  check_base(base);
  Type* t = type_of(s);
  if (t == &StrType || (t->flags & kTypeStrSub)) return int_from_string(str_view(s), base);
  if (!is_bytes_like(s)) type_error("int() can't convert non-string with explicit base");
  std::string_view b = as_bytes(s)->view();
  size_t lo = 0, hi = b.size();   // bytes: ASCII whitespace only
  while (lo < hi && ascii_space(b[lo])) ++lo;
  while (hi > lo && ascii_space(b[hi - 1])) --hi;
  Ref out;
  // A bytearray is shown as bytes, as CPython converts it first.
  if (!parse_int_text(b.substr(lo, hi - lo), base, &out)) invalid_literal(base, b, true);
  return out;
}

static const char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static std::string small_to_string(int64_t s, int base) {
  char buf[72];
  char* p = buf + sizeof buf;
  uint64_t m = s < 0 ? uint64_t(0) - uint64_t(s) : uint64_t(s);
  do {
    *--p = kDigitChars[m % base];
    m /= base;
  } while (m);
  if (s < 0) *--p = '-';
  return std::string(p, buf + sizeof buf - p);
}

[[noreturn]] static void str_digits_error(int64_t limit) {
  value_error("Exceeds the limit (" + std::to_string(limit) +
              " digits) for integer string conversion; use sys.set_int_max_str_digits() to "
              "increase the limit");
}

std::string int_to_string(Value i, int base) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) return small_to_string(s, base);
  BigI a = mp::abs(*b);
  std::string out = b->sign() < 0 ? "-" : "";
  if ((base & (base - 1)) == 0) {
    // Whole bytes out of Boost (narrower chunks are unreliable), then digits
    // of `bits` bits each, most significant first.
    std::vector<uint8_t> le;
    mp::export_bits(a, std::back_inserter(le), 8, false);
    unsigned bits = unsigned(__builtin_ctz(unsigned(base)));
    size_t nbits = mp::msb(a) + 1, ndig = (nbits + bits - 1) / bits;
    size_t start = out.size();
    out.resize(start + ndig);
    for (size_t j = 0; j < ndig; ++j) {
      unsigned d = 0;
      for (unsigned b = 0; b < bits; ++b) {
        size_t pos = j * bits + b;
        if (pos < le.size() * 8 && ((le[pos / 8] >> (pos % 8)) & 1)) d |= 1u << b;
      }
      out[start + ndig - 1 - j] = kDigitChars[d];
    }
    return out;
  }
  if (base != 10) not_supported("int to text in base " + std::to_string(base));
  int64_t limit = int_max_str_digits();
  // Refuse before the quadratic conversion when the size alone says too many.
  double approx = double(mp::msb(a)) * 0.30102999566398120;
  if (limit > 0 && approx > double(limit) + 1) str_digits_error(limit);
  std::string digits = a.str();
  if (limit > 0 && int64_t(digits.size()) > limit) str_digits_error(limit);
  return out + digits;
}

}  // namespace gilpy
