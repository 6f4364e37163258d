// math.cpp — the math module, with CPython 3.11's results and errors.
//
// Most functions wrap the C library (as CPython does, so results agree bit
// for bit on the same libm) with CPython's error policy: a NaN from a non-NaN
// argument is "math domain error" (ValueError), an infinity from a finite
// argument is "math range error" (OverflowError) for functions that can
// overflow and a domain error otherwise. hypot/dist, gamma/lgamma and fsum
// follow CPython's own algorithms, since libm has none that match.
//
// Build note: the compensated arithmetic in vector_norm and fsum must not be
// contracted into fused multiply-adds or reassociated (no -ffast-math).
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {
namespace {

[[noreturn]] void domain_error() { value_error("math domain error"); }
[[noreturn]] void range_error() { overflow_error("math range error"); }

Ref ret(double d) { return Ref::steal(Value::from_double(d)); }

// A float argument, with the fast paths of CPython's ASSIGN_DOUBLE.
double arg_double(Value v) {
  if (v.is_float()) return v.as_double();
  if (v.is_small_int()) return double(v.as_small_int());
  return num_to_double(v);
}

void no_keywords(const char* name, Tuple* kw) {
  if (kw && kw->size > 0) type_error(std::string(name) + "() takes no keyword arguments");
}

void exactly_one(const char* name, size_t nargs, Tuple* kw) {
  no_keywords(name, kw);
  if (nargs != 1) type_error(std::string(name) + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
}

void exactly_n(const char* name, size_t nargs, Tuple* kw, size_t n) {
  no_keywords(name, kw);
  if (nargs != n) {
    type_error(std::string(name) + " expected " + std::to_string(n) + " arguments, got " + std::to_string(nargs));
  }
}

// CPython's math_1: libm function of one float with the error policy above.
Ref math_1(Value arg, double (*fn)(double), bool can_overflow) {
  double x = arg_double(arg);
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return ret(r);
}

// For functions that report through errno (gamma, lgamma, erf, erfc):
// EDOM is a domain error; ERANGE an overflow unless the result underflowed.
Ref errno_result(double r) {
  if (errno == EDOM) domain_error();
  if (errno == ERANGE && std::fabs(r) >= 1.5) range_error();
  return ret(r);
}

// CPython's math_2 policy for two-argument libm functions.
Ref math_2_result(double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return ret(r);
}

#define MATH_FUNC1(pyname, expr, overflow)                                            \
  Ref m_##pyname(Value, const Value* a, size_t n, Tuple* kw) {                        \
    exactly_one("math." #pyname, n, kw);                                              \
    return math_1(a[0], [](double x) -> double { return expr; }, overflow);           \
  }

MATH_FUNC1(acos, std::acos(x), false)
MATH_FUNC1(acosh, std::acosh(x), false)
MATH_FUNC1(asin, std::asin(x), false)
MATH_FUNC1(asinh, std::asinh(x), false)
MATH_FUNC1(atan, std::atan(x), false)
MATH_FUNC1(atanh, std::atanh(x), false)
MATH_FUNC1(cbrt, std::cbrt(x), false)
MATH_FUNC1(cos, std::cos(x), false)
MATH_FUNC1(cosh, std::cosh(x), true)
MATH_FUNC1(exp, std::exp(x), true)
MATH_FUNC1(exp2, std::exp2(x), true)
MATH_FUNC1(expm1, std::expm1(x), true)
MATH_FUNC1(fabs, std::fabs(x), false)
MATH_FUNC1(log1p, x == 0 ? x : std::log1p(x), false)
MATH_FUNC1(sin, std::sin(x), false)
MATH_FUNC1(sinh, std::sinh(x), true)
MATH_FUNC1(sqrt, std::sqrt(x), false)
MATH_FUNC1(tan, std::tan(x), false)
MATH_FUNC1(tanh, std::tanh(x), false)

Ref m_erf(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.erf", n, kw);
  double x = arg_double(a[0]);
  errno = 0;
  return errno_result(std::erf(x));
}

Ref m_erfc(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.erfc", n, kw);
  double x = arg_double(a[0]);
  errno = 0;
  return errno_result(std::erfc(x));
}

// ------------------------------------------------------------ gamma, lgamma

// sin(pi * x) accurate for integral and near-integral x (finite x).
double sinpi(double x) {
  const double pi = M_PI;
  double y = std::fmod(std::fabs(x), 2.0);
  int n = int(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(pi * y); break;
    case 1: r = std::cos(pi * (y - 0.5)); break;
    case 2: r = std::sin(pi * (1.0 - y)); break;   // not -sin(pi*(y-1)): keeps +0.0 at y == 1
    case 3: r = -std::cos(pi * (y - 1.5)); break;
    default: r = std::sin(pi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos approximation (N = 13, g = 6.024680040776729583740234375) written
// as a rational function, as CPython computes it.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0, 357423.0,   32670.0,
                                           1925.0,   66.0,       1.0};
constexpr double kGammaIntegral[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
    1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {   // in 1/x, to avoid overflow for large x
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double tgamma_py(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    errno = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= 23) return kGammaIntegral[int(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  double z;   // the rounding error in y, scaled: corrects pow/exp below
  if (absx > kLanczosGMinusHalf) {
    volatile double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    volatile double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -M_PI / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double lgamma_py(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = 1.144729885849400174143427351353058711647 - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

Ref m_gamma(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.gamma", n, kw);
  double x = arg_double(a[0]);
  errno = 0;
  return errno_result(tgamma_py(x));
}

Ref m_lgamma(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.lgamma", n, kw);
  double x = arg_double(a[0]);
  errno = 0;
  return errno_result(lgamma_py(x));
}

// -------------------------------------------------------------------- logs

// log of an int or float by `fn` (log, log2 or log10). Ints too large for a
// float are split as m * 2**e: fn(m) + fn(2) * e, as CPython does.
double log_helper(Value v, double (*fn)(double)) {
  if (!v.is_float() && (v.is_small_int() || v.is_bool() || (v.is_obj() && (type_of(v)->flags & kTypeIntSub)))) {
    if (int_sign(v) <= 0) domain_error();
    int64_t e;
    double m = int_frexp(v, &e);
    if (e <= DBL_MAX_EXP) return fn(std::ldexp(m, int(e)));
    return fn(m) + fn(2.0) * double(e);
  }
  double x = arg_double(v);
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  return fn(x);
}

double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

Ref m_log(Value, const Value* a, size_t n, Tuple* kw) {
  no_keywords("math.log", kw);
  if (n < 1 || n > 2) type_error("math.log requires 1 to 2 arguments");
  double num = log_helper(a[0], c_log);
  if (n == 1) return ret(num);
  double den = log_helper(a[1], c_log);
  if (den == 0) zero_division("float division by zero");
  return ret(num / den);
}

Ref m_log2(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.log2", n, kw);
  return ret(log_helper(a[0], c_log2));
}

Ref m_log10(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.log10", n, kw);
  return ret(log_helper(a[0], c_log10));
}

// ------------------------------------------------------------- two floats

Ref m_atan2(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("atan2", n, kw, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  return math_2_result(x, y, std::atan2(x, y));
}

Ref m_copysign(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("copysign", n, kw, 2);
  return ret(std::copysign(arg_double(a[0]), arg_double(a[1])));
}

Ref m_fmod(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("fmod", n, kw, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  if (std::isinf(y) && std::isfinite(x)) return ret(x);
  return math_2_result(x, y, std::fmod(x, y));
}

Ref m_remainder(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("remainder", n, kw, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  return math_2_result(x, y, std::remainder(x, y));
}

Ref m_nextafter(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("nextafter", n, kw, 2);
  return ret(std::nextafter(arg_double(a[0]), arg_double(a[1])));
}

Ref m_pow(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("pow", n, kw, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  if (!std::isfinite(x) || !std::isfinite(y)) {   // IEEE special cases, decided here
    if (std::isnan(x)) return ret(y == 0.0 ? 1.0 : x);
    if (std::isnan(y)) return ret(x == 1.0 ? 1.0 : y);
    if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) return ret(odd_y ? x : std::fabs(x));
      if (y == 0.) return ret(1.);
      return ret(odd_y ? std::copysign(0., x) : 0.);
    }
    if (std::fabs(x) == 1.0) return ret(1.);
    if (y > 0. && std::fabs(x) > 1.0) return ret(y);
    if (y < 0. && std::fabs(x) < 1.0) return ret(-y);
    return ret(0.);
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) domain_error();   // negative ** non-integer
  if (std::isinf(r)) {
    if (x == 0.) domain_error();       // 0 ** negative
    range_error();
  }
  return ret(r);
}

Ref m_ldexp(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("ldexp", n, kw, 2);
  double x = arg_double(a[0]);
  if (!is_int(a[1])) type_error("Expected an int as second argument to ldexp.");
  int64_t e;
  if (int_fits_i64(a[1])) e = int_as_i64(a[1]);
  else e = int_sign(a[1]) > 0 ? INT64_MAX : INT64_MIN;
  if (x == 0 || !std::isfinite(x)) return ret(x);
  if (e > 100000) range_error();
  if (e < -100000) return ret(std::copysign(0., x));
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) range_error();
  return ret(r);
}

// ------------------------------------------------------------ float tools

Ref m_frexp(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.frexp", n, kw);
  double x = arg_double(a[0]);
  int e = 0;
  double m = (x == 0 || !std::isfinite(x)) ? x : std::frexp(x, &e);
  return tuple_from({Value::from_double(m), Value::small_int(e)});
}

Ref m_modf(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.modf", n, kw);
  double x = arg_double(a[0]);
  if (std::isinf(x)) return tuple_from({Value::from_double(std::copysign(0., x)), Value::from_double(x)});
  double ip;
  double fp = std::modf(x, &ip);
  return tuple_from({Value::from_double(fp), Value::from_double(ip)});
}

Ref m_isfinite(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.isfinite", n, kw);
  return Ref::boolean(std::isfinite(arg_double(a[0])));
}

Ref m_isinf(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.isinf", n, kw);
  return Ref::boolean(std::isinf(arg_double(a[0])));
}

Ref m_isnan(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.isnan", n, kw);
  return Ref::boolean(std::isnan(arg_double(a[0])));
}

Ref m_degrees(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.degrees", n, kw);
  return ret(arg_double(a[0]) * (180.0 / M_PI));
}

Ref m_radians(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.radians", n, kw);
  return ret(arg_double(a[0]) * (M_PI / 180.0));
}

Ref m_ulp(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.ulp", n, kw);
  double x = arg_double(a[0]);
  if (std::isnan(x)) return ret(x);
  x = std::fabs(x);
  if (std::isinf(x)) return ret(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) return ret(x - std::nextafter(x, -HUGE_VAL));   // x is the largest float
  return ret(x2 - x);
}

Ref m_isclose(Value, const Value* a, size_t n, Tuple* kw) {
  if (n > 2) type_error("isclose() takes exactly 2 positional arguments (" + std::to_string(n) + " given)");
  Value v[4];
  parse_args("isclose", a, n, kw, {"a", "b", "rel_tol", "abs_tol"}, 2, v);
  double x = arg_double(v[0]), y = arg_double(v[1]);
  double rel = v[2].is_null() ? 1e-09 : arg_double(v[2]);
  double abs_tol = v[3].is_null() ? 0.0 : arg_double(v[3]);
  if (rel < 0.0 || abs_tol < 0.0) value_error("tolerances must be non-negative");
  if (x == y) return Ref::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Ref::boolean(false);
  double diff = std::fabs(y - x);
  return Ref::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// --------------------------------------------------------- rounding to int

Ref m_floor(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.floor", n, kw);
  Value x = a[0];
  if (x.is_float()) return int_from_double(std::floor(x.as_double()));
  if (is_int(x)) return Ref::borrow(int_value(x));
  bool found;
  Ref r = call_dunder(x, "__floor__", &found);
  if (found) return r;
  return int_from_double(std::floor(arg_double(x)));
}

Ref m_ceil(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.ceil", n, kw);
  Value x = a[0];
  if (x.is_float()) return int_from_double(std::ceil(x.as_double()));
  if (is_int(x)) return Ref::borrow(int_value(x));
  bool found;
  Ref r = call_dunder(x, "__ceil__", &found);
  if (found) return r;
  return int_from_double(std::ceil(arg_double(x)));
}

Ref m_trunc(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.trunc", n, kw);
  Value x = a[0];
  if (x.is_float()) return int_from_double(x.as_double());
  if (x.is_small_int() || type_of(x) == &IntType) return Ref::borrow(x);
  bool found;
  Ref r = call_dunder(x, "__trunc__", &found);
  if (found) return r;
  type_error("type " + type_name(x) + " doesn't define __trunc__ method");
}

// ------------------------------------------------------------ hypot, dist

// CPython 3.11's vector_norm: the scaled squares are summed with
// Veltkamp-Dekker splitting and compensated addition, then one Newton step
// corrects the square root, so the result is nearly always correctly rounded.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  const double T27 = 134217729.0;   // 2**27 + 1: splits a double into halves
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {   // all subnormal: scale up first, as 2**-max_e would overflow
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  volatile double csum = 1.0;   // volatile: keep every rounding step as written
  double frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  for (double v : vec) {
    double x = v * scale;
    double t = x * T27;
    double hi = t - (t - x);
    double lo = x - hi;
    x = hi * hi;
    double oldcsum = csum;
    csum = csum + x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum = csum + x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  double x = h;
  double t = x * T27;
  double hi = t - (t - x);
  double lo = x - hi;
  x = -hi * hi;
  double oldcsum = csum;
  csum = csum + x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum = csum + x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum = csum + x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Ref m_hypot(Value, const Value* a, size_t n, Tuple* kw) {
  no_keywords("hypot", kw);
  std::vector<double> coords(n);
  double max = 0.0;
  bool found_nan = false;
  for (size_t k = 0; k < n; ++k) {
    double x = std::fabs(arg_double(a[k]));
    coords[k] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return ret(vector_norm(coords, max, found_nan));
}

Ref m_dist(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("dist", n, kw, 2);
  Ref p = type_of(a[0]) == &TupleType ? Ref::borrow(a[0]) : tuple_from_iterable(a[0]);
  Ref q = type_of(a[1]) == &TupleType ? Ref::borrow(a[1]) : tuple_from_iterable(a[1]);
  Tuple *tp = as_tuple(p.get()), *tq = as_tuple(q.get());
  if (tp->size != tq->size) value_error("both points must have the same number of dimensions");
  std::vector<double> diffs(size_t(tp->size));
  double max = 0.0;
  bool found_nan = false;
  for (int64_t k = 0; k < tp->size; ++k) {
    double x = std::fabs(arg_double(tp->items[k]) - arg_double(tq->items[k]));
    diffs[size_t(k)] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return ret(vector_norm(diffs, max, found_nan));
}

// --------------------------------------------------------------------- fsum

// Shewchuk's exact summation into non-overlapping partials, with CPython's
// handling of infinities and NaNs and its final half-even correction.
Ref m_fsum(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.fsum", n, kw);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for_each(a[0], [&](Value item) {
    double x = arg_double(item);
    double xsave = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      volatile double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {   // from an inf/nan summand, or an overflow
        if (std::isfinite(xsave)) overflow_error("intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  });
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) value_error("-inf + inf in fsum");
    return ret(special_sum);
  }
  double hi = 0.0;
  size_t k = p.size();
  if (k > 0) {
    hi = p[--k];
    double lo = 0.0;
    while (k > 0) {   // add from the top until the sum becomes inexact
      double x = hi, y = p[--k];
      volatile double s = x + y;
      hi = s;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even across several partials: a tie may hide below lo.
    if (k > 0 && ((lo < 0.0 && p[k - 1] < 0.0) || (lo > 0.0 && p[k - 1] > 0.0))) {
      double y = lo * 2.0;
      volatile double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return ret(hi);
}

// ---------------------------------------------------------------- integers

Ref index_arg(Value v) { return index_object(v); }

Ref m_gcd(Value, const Value* a, size_t n, Tuple* kw) {
  no_keywords("gcd", kw);
  if (n == 0) return Ref::steal(Value::small_int(0));
  Ref r = index_arg(a[0]);
  if (n == 1) return int_unary(3, r.get());
  for (size_t k = 1; k < n; ++k) {
    Ref b = index_arg(a[k]);
    r = int_gcd(r.get(), b.get());
  }
  return r;
}

Ref m_lcm(Value, const Value* a, size_t n, Tuple* kw) {
  no_keywords("lcm", kw);
  if (n == 0) return Ref::steal(Value::small_int(1));
  Ref r = int_unary(3, index_arg(a[0]).get());
  for (size_t k = 1; k < n; ++k) {
    Ref b = int_unary(3, index_arg(a[k]).get());
    if (int_sign(r.get()) == 0 || int_sign(b.get()) == 0) {
      r = Ref::steal(Value::small_int(0));
      continue;
    }
    Ref g = int_gcd(r.get(), b.get());
    Ref q = int_binop(BinOp::FloorDiv, r.get(), g.get());
    r = int_binop(BinOp::Mul, q.get(), b.get());
  }
  return r;
}

Ref factorial_of(Value v) {
  Ref x = index_arg(v);
  if (int_sign(x.get()) < 0) value_error("factorial() not defined for negative values");
  if (!int_fits_i64(x.get())) overflow_error("factorial() argument should not exceed 9223372036854775807");
  return int_factorial(int_as_i64(x.get()));
}

Ref m_factorial(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.factorial", n, kw);
  return factorial_of(a[0]);
}

Ref m_isqrt(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_one("math.isqrt", n, kw);
  Ref x = index_arg(a[0]);
  if (int_sign(x.get()) < 0) value_error("isqrt() argument must be nonnegative");
  return int_isqrt(x.get());
}

Ref m_comb(Value, const Value* a, size_t n, Tuple* kw) {
  exactly_n("comb", n, kw, 2);
  Ref x = index_arg(a[0]), k = index_arg(a[1]);
  if (int_sign(x.get()) < 0) value_error("n must be a non-negative integer");
  if (int_sign(k.get()) < 0) value_error("k must be a non-negative integer");
  return int_comb(x.get(), k.get());
}

Ref m_perm(Value, const Value* a, size_t n, Tuple* kw) {
  no_keywords("perm", kw);
  if (n < 1 || n > 2) {
    type_error(std::string("perm expected ") + (n < 1 ? "at least 1 argument" : "at most 2 arguments") +
               ", got " + std::to_string(n));
  }
  Ref x = index_arg(a[0]);
  if (int_sign(x.get()) < 0) value_error("n must be a non-negative integer");
  if (n == 1 || a[1].is_none()) return factorial_of(x.get());
  Ref k = index_arg(a[1]);
  if (int_sign(k.get()) < 0) value_error("k must be a non-negative integer");
  return int_perm(x.get(), k.get());
}

// prod(iterable, /, *, start=1)
Ref m_prod(Value, const Value* a, size_t n, Tuple* kw) {
  if (n != 1) {
    if (n == 0) type_error("prod() missing required argument 'iterable' (pos 1)");
    type_error("prod() takes exactly 1 positional argument (" + std::to_string(n) + " given)");
  }
  Value start = Value::small_int(1);
  size_t nkw = kw ? size_t(kw->size) : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = str_view(kw->items[k]);
    if (name != "start") type_error("prod() got an unexpected keyword argument '" + std::string(name) + "'");
    start = a[n + k];
  }
  Ref result = Ref::borrow(start);
  for_each(a[0], [&](Value item) { result = binary_op(BinOp::Mul, result.get(), item); });
  return result;
}

const MethodDef kMathFunctions[] = {
    {"acos", m_acos},       {"acosh", m_acosh},         {"asin", m_asin},
    {"asinh", m_asinh},     {"atan", m_atan},           {"atan2", m_atan2},
    {"atanh", m_atanh},     {"cbrt", m_cbrt},           {"ceil", m_ceil},
    {"comb", m_comb},       {"copysign", m_copysign},   {"cos", m_cos},
    {"cosh", m_cosh},       {"degrees", m_degrees},     {"dist", m_dist},
    {"erf", m_erf},         {"erfc", m_erfc},           {"exp", m_exp},
    {"exp2", m_exp2},       {"expm1", m_expm1},         {"fabs", m_fabs},
    {"factorial", m_factorial}, {"floor", m_floor},     {"fmod", m_fmod},
    {"frexp", m_frexp},     {"fsum", m_fsum},           {"gamma", m_gamma},
    {"gcd", m_gcd},         {"hypot", m_hypot},         {"isclose", m_isclose},
    {"isfinite", m_isfinite}, {"isinf", m_isinf},       {"isnan", m_isnan},
    {"isqrt", m_isqrt},     {"lcm", m_lcm},             {"ldexp", m_ldexp},
    {"lgamma", m_lgamma},   {"log", m_log},             {"log10", m_log10},
    {"log1p", m_log1p},     {"log2", m_log2},           {"modf", m_modf},
    {"nextafter", m_nextafter}, {"perm", m_perm},       {"pow", m_pow},
    {"prod", m_prod},       {"radians", m_radians},     {"remainder", m_remainder},
    {"sin", m_sin},         {"sinh", m_sinh},           {"sqrt", m_sqrt},
    {"tan", m_tan},         {"tanh", m_tanh},           {"trunc", m_trunc},
    {"ulp", m_ulp},         {nullptr, nullptr},
};

void init_math(Value module) {
  module_add_functions(module, kMathFunctions);
  module_add(module, "pi", Value::from_double(M_PI));
  module_add(module, "e", Value::from_double(M_E));
  module_add(module, "tau", Value::from_double(2 * M_PI));
  module_add(module, "inf", Value::from_double(HUGE_VAL));
  module_add(module, "nan", Value::from_double(NAN));
}

}  // namespace

GILPY_MODULE("math", init_math);

}  // namespace gilpy
