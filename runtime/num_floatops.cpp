// num_floatops.cpp — float semantics as CPython defines them: repr (shortest
// round trip), parsing, arithmetic with Python's floor rules and pow's special
// cases, the numeric hash, round(), and the hex text form.
//
// The float type's slots and methods are in num_float.cpp.
#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num_bigimpl.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"

namespace gilpy {

namespace mp = boost::multiprecision;

// --------------------------------------------------------------------- repr

// Shortest digits of |d| (d finite, nonzero) and the decimal exponent of the
// first digit: |d| = 0.d1d2... * 10**(exp10 + 1).
static void shortest_digits(double d, std::string* digits, int* exp10) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
  std::string_view s(buf, size_t(res.ptr - buf));
  size_t e = s.find('e');
  digits->clear();
  for (size_t k = 0; k < e; ++k) {
    if (s[k] != '.') digits->push_back(s[k]);
  }
  *exp10 = std::atoi(std::string(s.substr(e + 1)).c_str());
}

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  std::string digits;
  int e;
  shortest_digits(d, &digits, &e);
  std::string out = std::signbit(d) ? "-" : "";
  if (e < -4 || e >= 16) {   // exponent form, as repr() switches at these bounds
    out += digits[0];
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', std::abs(e));
    return out + eb;
  }
  if (e < 0) return out + "0." + std::string(size_t(-e - 1), '0') + digits;
  size_t int_len = size_t(e) + 1;
  if (digits.size() <= int_len) return out + digits + std::string(int_len - digits.size(), '0') + ".0";
  return out + digits.substr(0, int_len) + "." + digits.substr(int_len);
}

// ------------------------------------------------------------------ parsing

static bool ieq(std::string_view a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t k = 0; k < n; ++k) {
    if ((a[k] | 0x20) != b[k]) return false;
  }
  return true;
}

// Digits with single underscores between them; appends the digits to out.
static bool scan_digitpart(std::string_view s, size_t* k, std::string* out) {
  size_t start = *k;
  bool prev_digit = false;
  while (*k < s.size()) {
    char c = s[*k];
    if (c >= '0' && c <= '9') {
      out->push_back(c);
      prev_digit = true;
    } else if (c == '_' && prev_digit && *k + 1 < s.size() && s[*k + 1] >= '0' && s[*k + 1] <= '9') {
      prev_digit = false;
    } else {
      break;
    }
    ++*k;
  }
  return *k > start;
}

// Parses stripped ASCII text by float()'s grammar; false on a syntax error.
static bool parse_float_text(std::string_view s, double* out) {
  size_t k = 0;
  bool neg = false;
  if (k < s.size() && (s[k] == '+' || s[k] == '-')) neg = s[k++] == '-';
  std::string_view rest = s.substr(k);
  if (ieq(rest, "inf") || ieq(rest, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (ieq(rest, "nan")) {
    *out = neg ? -NAN : NAN;
    return true;
  }
  std::string clean = neg ? "-" : "";
  bool int_part = scan_digitpart(s, &k, &clean);
  bool frac_part = false;
  if (k < s.size() && s[k] == '.') {
    clean.push_back('.');
    ++k;
    frac_part = scan_digitpart(s, &k, &clean);
  }
  if (!int_part && !frac_part) return false;
  if (k < s.size() && (s[k] == 'e' || s[k] == 'E')) {
    clean.push_back('e');
    ++k;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) clean.push_back(s[k++]);
    if (!scan_digitpart(s, &k, &clean)) return false;
  }
  if (k != s.size()) return false;
  *out = std::strtod(clean.c_str(), nullptr);   // correctly rounded; overflow gives inf
  return true;
}

[[noreturn]] static void float_parse_error(std::string_view s, bool is_bytes) {
  value_error("could not convert string to float: " + (is_bytes ? bytes_repr_utf8(s) : str_repr_utf8(s)));
}

double float_from_string(std::string_view s) {
  std::string ascii;
  double d;
  if (!num_ascii_normalize(s, &ascii) || !parse_float_text(ascii, &d)) float_parse_error(s, false);
  return d;
}

// float(bytes): ASCII whitespace only, errors show the bytes' repr.
double float_from_bytes_text(std::string_view b) {
  size_t lo = 0, hi = b.size();
  auto sp = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (lo < hi && sp(b[lo])) ++lo;
  while (hi > lo && sp(b[hi - 1])) --hi;
  double d;
  if (!parse_float_text(b.substr(lo, hi - lo), &d)) float_parse_error(b, true);
  return d;
}

// --------------------------------------------------------------- arithmetic

static bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

[[noreturn]] static void erange_overflow() {
  Ref msg = str_new("Numerical result out of range");
  Value args[2] = {Value::small_int(34), msg.get()};
  raise_args(OverflowError_, args, 2);
}

Ref float_pow_values(double iv, double iw) {
  auto ret = [](double d) { return Ref::steal(Value::from_double(d)); };
  if (iw == 0) return ret(1.0);
  if (std::isnan(iv)) return ret(iv);
  if (std::isnan(iw)) return ret(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double a = std::fabs(iv);
    if (a == 1.0) return ret(1.0);
    return ret((iw > 0) == (a > 1.0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0) return ret(odd ? iv : std::fabs(iv));
    return ret(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0) zero_division("0.0 cannot be raised to a negative power");
    return ret(is_odd_integer(iw) ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) not_supported("complex numbers (a negative number to a fractional power)");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return ret(negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) erange_overflow();
  return ret(negate ? -r : r);
}

// Python's divmod for floats (CPython's steps, rounding included): the
// remainder takes the divisor's sign and the quotient is floored.
static void float_divmod_raw(double vx, double wx, double* floordiv, double* modulo) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0) {
    double fl = std::floor(div);
    if (div - fl > 0.5) fl += 1.0;
    div = fl;
  } else {
    div = std::copysign(0.0, vx / wx);
  }
  *floordiv = div;
  *modulo = mod;
}

// Operand as a double: floats, ints (OverflowError if too big), else false.
static bool operand_double(Value v, double* d) {
  if (v.is_float()) {
    *d = v.as_double();
    return true;
  }
  if (is_intlike(v)) {
    *d = int_as_double(v);
    return true;
  }
  if (is_floatlike(v)) {
    *d = float_value(v);
    return true;
  }
  return false;
}

Ref float_binop(BinOp op, Value a, Value b) {
  double x, y;
  switch (op) {
    case BinOp::Add: case BinOp::Sub: case BinOp::Mul: case BinOp::TrueDiv:
    case BinOp::FloorDiv: case BinOp::Mod: case BinOp::Pow: break;
    default: return Ref::borrow(not_implemented());
  }
  if (!operand_double(a, &x) || !operand_double(b, &y)) return Ref::borrow(not_implemented());
  auto ret = [](double d) { return Ref::steal(Value::from_double(d)); };
  switch (op) {
    case BinOp::Add: return ret(x + y);
    case BinOp::Sub: return ret(x - y);
    case BinOp::Mul: return ret(x * y);
    case BinOp::TrueDiv:
      if (y == 0) zero_division("float division by zero");
      return ret(x / y);
    case BinOp::FloorDiv: {
      if (y == 0) zero_division("float floor division by zero");
      double q, r;
      float_divmod_raw(x, y, &q, &r);
      return ret(q);
    }
    case BinOp::Mod: {
      if (y == 0) zero_division("float modulo");
      double q, r;
      float_divmod_raw(x, y, &q, &r);
      return ret(r);
    }
    default: return float_pow_values(x, y);
  }
}

Ref float_divmod(Value a, Value b) {
  double x, y;
  if (!operand_double(a, &x) || !operand_double(b, &y)) return Ref::borrow(not_implemented());
  if (y == 0) zero_division("float divmod()");
  double div, mod;
  float_divmod_raw(x, y, &div, &mod);
  return tuple_from({Value::from_double(div), Value::from_double(mod)});
}

// -------------------------------------------------------------------- hash

// CPython's numeric hash of a double: the exact rational value reduced
// modulo 2**61 - 1, computed 28 bits of mantissa at a time; so an integral
// float hashes like the equal int.
int64_t float_hash(double d) {
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;   // CPython hashes NaN by identity; floats are immediates here
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & P) | x >> (61 - 28);
    m *= 268435456.0;   // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
  x = ((x << e) & P) | x >> (61 - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

// -------------------------------------------------------------------- round

static double round_half_even(double d) {
  double r = std::round(d);
  if (std::fabs(r - d) == 0.5) r = 2.0 * std::round(d / 2.0);
  return r;
}

// The double nearest to round(d, -k) for k > 0: exact big-int arithmetic on
// the binary value, so ties are genuine ties and go to even, as CPython's
// correctly rounded decimal conversion does.
static double round_to_tens(double d, unsigned k) {
  int e;
  double m = std::frexp(std::fabs(d), &e);
  BigI mant = int64_t(std::ldexp(m, 53));
  e -= 53;
  BigI scale = mp::pow(BigI(10), k);
  BigI num = mant, den = scale;
  if (e >= 0) num <<= unsigned(e);
  else den <<= unsigned(-e);
  BigI q, r;
  mp::divide_qr(num, den, q, r);
  int c = BigI(r * 2).compare(den);
  if (c > 0 || (c == 0 && mp::bit_test(q, 0))) q += 1;
  double out = big_to_double_rounded(BigI(q * scale));
  return std::copysign(out, d);
}

Ref float_round(double d, Value ndigits) {
  if (ndigits.is_null() || ndigits.is_none()) return int_from_double(round_half_even(d));
  Ref nd = index_object(ndigits);
  constexpr int64_t kMaxDigits = 323, kMinDigits = -308;   // beyond these nothing changes / all is lost
  int64_t n = int_fits_i64(nd.get()) ? int_as_i64(nd.get()) : (int_sign(nd.get()) > 0 ? INT64_MAX : INT64_MIN);
  if (n > kMaxDigits || d == 0 || !std::isfinite(d)) return Ref::steal(Value::from_double(d));
  if (n < kMinDigits) return Ref::steal(Value::from_double(0.0 * d));
  double r;
  if (n >= 0) {   // correctly rounded fixed-point text, read back
    char buf[700];   // up to 309 integer digits, '.', 323 decimals
    auto res = std::to_chars(buf, buf + sizeof buf - 1, d, std::chars_format::fixed, int(n));
    *res.ptr = '\0';
    r = std::strtod(buf, nullptr);
  } else {
    r = round_to_tens(d, unsigned(-n));
  }
  if (std::isinf(r)) overflow_error("rounded value too large to represent");
  return Ref::steal(Value::from_double(r));
}

// ---------------------------------------------------------------------- hex

std::string float_hex(double d) {
  if (std::isnan(d) || std::isinf(d)) return float_repr(d);
  std::string out = std::signbit(d) ? "-" : "";
  if (d == 0) return out + "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(d), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);   // subnormals keep a leading 0 digit
  m = std::ldexp(m, shift);
  e -= shift;
  static const char hexd[] = "0123456789abcdef";
  int lead = int(m);
  m -= lead;
  out += "0x";
  out += hexd[lead];
  out += '.';
  for (int k = 0; k < 13; ++k) {   // 52 fraction bits
    m *= 16.0;
    int dg = int(m);
    m -= dg;
    out += hexd[dg];
  }
  char eb[16];
  std::snprintf(eb, sizeof eb, "p%c%d", e < 0 ? '-' : '+', std::abs(e));
  return out + eb;
}

[[noreturn]] static void bad_hex() { value_error("invalid hexadecimal floating-point string"); }

static int hex_val(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// N * 2**exp rounded half to even to a double (subnormals included).
static double scale_round(const BigI& n, int64_t exp) {
  if (n.is_zero()) return 0.0;
  int64_t bits = int64_t(mp::msb(n)) + 1;
  int64_t top = exp + bits;   // value in [2**(top-1), 2**top)
  if (top > DBL_MAX_EXP) overflow_error("hexadecimal value too large to represent as a float");
  int64_t keep = DBL_MANT_DIG - std::max<int64_t>(0, (DBL_MIN_EXP - 1) - (top - 1));
  if (keep < 0) return 0.0;
  int64_t drop = bits - keep;
  if (drop <= 0) return std::ldexp(n.convert_to<double>(), int(exp));
  BigI q = n >> size_t(drop);
  bool half = mp::bit_test(n, unsigned(drop - 1));
  bool rest = int64_t(mp::lsb(n)) < drop - 1;
  if (half && (rest || mp::bit_test(q, 0))) q += 1;
  double r = std::ldexp(q.convert_to<double>(), int(exp + drop));
  if (std::isinf(r)) overflow_error("hexadecimal value too large to represent as a float");
  return r;
}

double float_fromhex(std::string_view s) {
  size_t k = 0, n = s.size();
  auto sp = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (k < n && sp(s[k])) ++k;
  while (n > k && sp(s[n - 1])) --n;
  s = s.substr(k, n - k);
  k = 0;
  bool neg = false;
  if (k < s.size() && (s[k] == '+' || s[k] == '-')) neg = s[k++] == '-';
  std::string_view rest = s.substr(k);
  if (ieq(rest, "inf") || ieq(rest, "infinity")) return neg ? -HUGE_VAL : HUGE_VAL;
  if (ieq(rest, "nan")) return NAN;
  if (k + 1 < s.size() && s[k] == '0' && (s[k + 1] | 0x20) == 'x') k += 2;
  BigI mant;
  int64_t ndigits = 0, frac_digits = 0;
  auto take = [&](bool frac) {
    while (k < s.size() && hex_val(s[k]) >= 0) {
      mant = mant * 16 + hex_val(s[k++]);
      ++ndigits;
      if (frac) ++frac_digits;
    }
  };
  take(false);
  if (k < s.size() && s[k] == '.') {
    ++k;
    take(true);
  }
  if (ndigits == 0) bad_hex();
  int64_t exp = 0;
  if (k < s.size() && (s[k] | 0x20) == 'p') {
    ++k;
    bool eneg = false;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) eneg = s[k++] == '-';
    if (k >= s.size() || s[k] < '0' || s[k] > '9') bad_hex();
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') {
      if (exp < (int64_t(1) << 40)) exp = exp * 10 + (s[k] - '0');   // saturates: still decides
      ++k;
    }
    if (eneg) exp = -exp;
  }
  if (k != s.size()) bad_hex();
  double r = scale_round(mant, exp - 4 * frac_digits);
  return neg ? -r : r;
}

}  // namespace gilpy
