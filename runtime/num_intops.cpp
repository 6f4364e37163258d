// num_intops.cpp — int arithmetic with Python's semantics: floor division and
// modulo, infinite two's complement bitwise operations, correctly rounded true
// division, exponentiation (negative exponents give floats), modular pow.
//
// Every operation has a machine-word path for two small ints (the common
// case) and a Boost.Multiprecision path; results that fit are returned as
// small ints, always.
#include <cfloat>
#include <cmath>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num_bigimpl.hpp"
#include "runtime/ops.hpp"

namespace gilpy {

namespace mp = boost::multiprecision;

// A big view of an int-like operand: points at the BigInt's value, or at a
// local copy of a small one. Avoids copying big operands.
struct BigArg {
  BigI tmp;
  const BigI* p;
  explicit BigArg(Value v) {
    int64_t s;
    if (int_parts(v, &s, &p)) {
      tmp = s;
      p = &tmp;
    }
  }
  const BigI& operator*() const { return *p; }
  const BigI* operator->() const { return p; }
};

static Ref notimpl() { return Ref::borrow(not_implemented()); }

[[noreturn]] static void too_many_digits() { overflow_error("too many digits in integer"); }

// Results larger than this many bits are refused up front (MemoryError)
// rather than attempted for minutes: 2**36 bits is 8 GiB.
constexpr uint64_t kMaxResultBits = uint64_t(1) << 36;

// ------------------------------------------------------- floor div and mod

static int64_t floordiv_i64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

static int64_t mod_i64(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

static void big_floor_divmod(const BigI& a, const BigI& b, BigI* q, BigI* r) {
  mp::divide_qr(a, b, *q, *r);   // truncating
  if (!r->is_zero() && (r->sign() < 0) != (b.sign() < 0)) {
    *q -= 1;
    *r += b;
  }
}

// --------------------------------------------------------------- true divide

// a / b for non-negative a, b > 0 (b not both tiny): CPython's algorithm —
// scale a so the integer quotient carries 2 bits more than a double holds,
// keep a sticky bit for any remainder, then round half to even once.
static double big_true_divide(const BigI& a, const BigI& b) {
  int64_t na = int64_t(mp::msb(a)) + 1, nb = int64_t(mp::msb(b)) + 1;
  int64_t diff = na - nb;   // a/b lies in [2**(diff-1), 2**(diff+1))
  if (diff > DBL_MAX_EXP) overflow_error("integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return 0.0;
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  BigI x;
  if (shift <= 0) {
    x = a << size_t(-shift);
  } else {
    x = a >> size_t(shift);
    inexact = int64_t(mp::lsb(a)) < shift;
  }
  BigI q, r;
  mp::divide_qr(x, b, q, r);
  if (!r.is_zero()) inexact = true;
  uint64_t qv = q.convert_to<uint64_t>();   // at most 56 bits
  int qbits = 64 - __builtin_clzll(qv);
  int extra = std::max<int64_t>(qbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;   // bits to drop
  uint64_t half = uint64_t(1) << (extra - 1);
  uint64_t low = qv & ((half << 1) - 1);
  bool round_up = (low & half) && ((low & (half - 1)) || inexact || (qv & (half << 1)));
  qv -= low;
  if (round_up) qv += half << 1;
  double d = std::ldexp(double(qv), int(shift));
  if (std::isinf(d)) overflow_error("integer division result too large for a float");
  return d;
}

Ref int_true_divide(Value a, Value b) {
  int64_t sa = 0, sb = 0;
  const BigI *ba, *bb;
  bool small_a = int_parts(a, &sa, &ba), small_b = int_parts(b, &sb, &bb);
  if (small_b && sb == 0) zero_division("division by zero");
  if (small_a && small_b) return Ref::steal(Value::from_double(double(sa) / double(sb)));
  BigArg x(a), y(b);
  bool neg = (x->sign() < 0) != (y->sign() < 0);
  if (x->is_zero()) return Ref::steal(Value::from_double(neg ? -0.0 : 0.0));
  BigI ax = mp::abs(*x), ay = mp::abs(*y);
  double d;
  if (mp::msb(ax) < DBL_MANT_DIG && mp::msb(ay) < DBL_MANT_DIG) {
    d = ax.convert_to<double>() / ay.convert_to<double>();   // both exact as doubles
  } else {
    d = big_true_divide(ax, ay);
  }
  return Ref::steal(Value::from_double(neg ? -d : d));
}

// --------------------------------------------------------------------- power

static Ref int_pow(Value a, Value b) {
  if (int_sign(b) < 0) {   // CPython: a negative exponent means float power
    return float_pow_values(int_as_double(a), int_as_double(b));
  }
  int64_t sa = 0, sb = 0;
  const BigI *ba, *bb;
  bool small_a = int_parts(a, &sa, &ba), small_b = int_parts(b, &sb, &bb);
  if (small_a && (sa == 0 || sa == 1)) return Ref::steal(Value::small_int(small_b && sb == 0 ? 1 : sa));
  if (small_a && sa == -1) {
    bool odd = small_b ? (sb & 1) : mp::bit_test(*bb, 0);
    return Ref::steal(Value::small_int(odd ? -1 : 1));
  }
  if (!small_b) memory_error();   // |a| >= 2 and a huge exponent
  if (small_a) {   // repeated squaring in machine words while nothing overflows
    int64_t result = 1, base = sa, e = sb;
    bool ok = true;
    while (e > 0 && ok) {
      if (e & 1) ok = !__builtin_mul_overflow(result, base, &result);
      e >>= 1;
      if (e > 0 && ok) ok = !__builtin_mul_overflow(base, base, &base);
    }
    if (ok) return int_from_i64(result);
  }
  BigArg x(a);
  uint64_t bits = (uint64_t(mp::msb(mp::abs(*x))) + 1) * uint64_t(sb);
  if (bits > kMaxResultBits) memory_error();
  return big_to_value(BigI(mp::pow(*x, unsigned(sb))));
}

// Extended Euclid: the inverse of a modulo m (0 <= a < m), or raise.
static BigI mod_inverse(const BigI& a, const BigI& m) {
  BigI r0 = m, r1 = a, t0 = 0, t1 = 1;
  while (!r1.is_zero()) {
    BigI q = r0 / r1;
    BigI r2 = r0 - q * r1;
    r0 = std::move(r1);
    r1 = std::move(r2);
    BigI t2 = t0 - q * t1;
    t0 = std::move(t1);
    t1 = std::move(t2);
  }
  if (r0 != 1) value_error("base is not invertible for the given modulus");
  if (t0.sign() < 0) t0 += m;
  return t0;
}

Ref int_pow_mod(Value a, Value b, Value m) {
  if (!is_intlike(a) || !is_intlike(b) || !is_intlike(m))
    type_error("pow() 3rd argument not allowed unless all arguments are integers");
  if (int_sign(m) == 0) value_error("pow() 3rd argument cannot be 0");
  BigI mod = to_big(m), base = to_big(a), e = to_big(b);
  bool neg_out = mod.sign() < 0;
  if (neg_out) mod = -mod;
  BigI q, r;
  big_floor_divmod(base, mod, &q, &r);
  base = std::move(r);
  if (e.sign() < 0) {
    e = -e;
    base = mod_inverse(base, mod);
  }
  BigI result;
  if (mod == 1) {
    result = 0;
  } else if (mod.backend().size() == 1 && e.backend().size() == 1) {
    // One-limb modulus: square-and-multiply in 128-bit words.
    uint64_t mv = mod.convert_to<uint64_t>(), bv = base.convert_to<uint64_t>();
    uint64_t ev = e.convert_to<uint64_t>(), acc = 1 % mv;
    while (ev) {
      if (ev & 1) acc = uint64_t((unsigned __int128)acc * bv % mv);
      bv = uint64_t((unsigned __int128)bv * bv % mv);
      ev >>= 1;
    }
    result = acc;
  } else {
    result = mp::powm(base, e, mod);
  }
  if (neg_out && !result.is_zero()) result -= mod;
  return big_to_value(std::move(result));
}

// -------------------------------------------------------------------- shifts

static Ref int_lshift(Value a, Value b) {
  if (int_sign(b) < 0) value_error("negative shift count");
  if (int_sign(a) == 0) return Ref::steal(Value::small_int(0));
  if (!int_fits_i64(b)) too_many_digits();
  int64_t n = int_as_i64(b);
  int64_t sa;
  const BigI* ba;
  if (int_parts(a, &sa, &ba) && n < 16) return int_from_i64(sa * (int64_t(1) << n));   // |sa| < 2**47
  BigArg x(a);
  if (uint64_t(mp::msb(mp::abs(*x))) + uint64_t(n) > kMaxResultBits) memory_error();
  return big_to_value(BigI(*x << size_t(n)));
}

static Ref int_rshift(Value a, Value b) {
  if (int_sign(b) < 0) value_error("negative shift count");
  int sign = int_sign(a);
  if (!int_fits_i64(b) || int_as_i64(b) >= int_bit_length(a) + 1)
    return Ref::steal(Value::small_int(sign < 0 ? -1 : 0));   // every bit shifted out
  int64_t n = int_as_i64(b);
  int64_t sa;
  const BigI* ba;
  if (int_parts(a, &sa, &ba)) return Ref::steal(Value::small_int(sa >> n));   // arithmetic = floor
  return big_to_value(BigI(*ba >> size_t(n)));   // Boost floors negative values too
}

// ------------------------------------------------------------------ dispatch

static Ref small_binop(BinOp op, int64_t x, int64_t y, Value a, Value b) {
  switch (op) {
    case BinOp::Add: return int_from_i64(x + y);   // 48-bit operands: no overflow
    case BinOp::Sub: return int_from_i64(x - y);
    case BinOp::Mul: {
      int64_t r;
      if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(r);
      return big_to_value(BigI(BigI(x) * y));
    }
    case BinOp::FloorDiv:
      if (y == 0) zero_division("integer division or modulo by zero");
      return int_from_i64(floordiv_i64(x, y));
    case BinOp::Mod:
      if (y == 0) zero_division("integer modulo by zero");
      return Ref::steal(Value::small_int(mod_i64(x, y)));
    case BinOp::TrueDiv:
      if (y == 0) zero_division("division by zero");
      return Ref::steal(Value::from_double(double(x) / double(y)));
    case BinOp::And: return Ref::steal(Value::small_int(x & y));
    case BinOp::Or: return Ref::steal(Value::small_int(x | y));
    case BinOp::Xor: return Ref::steal(Value::small_int(x ^ y));
    case BinOp::LShift: return int_lshift(a, b);
    case BinOp::RShift: return int_rshift(a, b);
    case BinOp::Pow: return int_pow(a, b);
    default: return notimpl();
  }
}

static Ref big_binop(BinOp op, Value a, Value b) {
  switch (op) {
    case BinOp::TrueDiv: return int_true_divide(a, b);
    case BinOp::Pow: return int_pow(a, b);
    case BinOp::LShift: return int_lshift(a, b);
    case BinOp::RShift: return int_rshift(a, b);
    default: break;
  }
  BigArg x(a), y(b);
  switch (op) {
    case BinOp::Add: return big_to_value(BigI(*x + *y));
    case BinOp::Sub: return big_to_value(BigI(*x - *y));
    case BinOp::Mul: return big_to_value(BigI(*x * *y));
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y->is_zero())
        zero_division(op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      BigI q, r;
      big_floor_divmod(*x, *y, &q, &r);
      return big_to_value(std::move(op == BinOp::Mod ? r : q));
    }
    case BinOp::And: return big_to_value(BigI(*x & *y));   // Boost: two's complement semantics
    case BinOp::Or: return big_to_value(BigI(*x | *y));
    case BinOp::Xor: return big_to_value(BigI(*x ^ *y));
    default: return notimpl();
  }
}

Ref int_binop(BinOp op, Value a, Value b) {
  if (!is_intlike(a) || !is_intlike(b)) return notimpl();
  int64_t x, y;
  const BigI *bx, *by;
  if (int_parts(a, &x, &bx) & int_parts(b, &y, &by)) return small_binop(op, x, y, a, b);
  return big_binop(op, a, b);
}

Ref int_divmod(Value a, Value b) {
  if (!is_intlike(a) || !is_intlike(b)) return notimpl();
  int64_t x, y;
  const BigI *bx, *by;
  if (int_parts(a, &x, &bx) & int_parts(b, &y, &by)) {
    if (y == 0) zero_division("integer division or modulo by zero");
    Ref q = int_from_i64(floordiv_i64(x, y));
    return tuple_from({q.get(), Value::small_int(mod_i64(x, y))});
  }
  BigArg p(a), d(b);
  if (d->is_zero()) zero_division("integer division or modulo by zero");
  BigI q, r;
  big_floor_divmod(*p, *d, &q, &r);
  Ref rq = big_to_value(std::move(q)), rr = big_to_value(std::move(r));
  return tuple_from({rq.get(), rr.get()});
}

Ref int_unary(int op, Value i) {
  int64_t s;
  const BigI* b;
  if (int_parts(i, &s, &b)) {
    switch (op) {
      case 0: return int_from_i64(-s);
      case 2: return Ref::steal(Value::small_int(~s));
      case 3: return int_from_i64(s < 0 ? -s : s);
      default: return Ref::steal(Value::small_int(s));
    }
  }
  switch (op) {
    case 0: return big_to_value(BigI(-*b));
    case 2: return big_to_value(BigI(-*b - 1));
    case 3: return big_to_value(BigI(mp::abs(*b)));
    default: return Ref::borrow(int_value(i));
  }
}

// ------------------------------------------------------------------- round

// round(i, ndigits): for negative ndigits, the nearest multiple of
// 10**-ndigits, ties to even; otherwise i itself.
Ref int_round(Value i, Value ndigits) {
  Value plain = int_value(i);
  if (ndigits.is_null() || ndigits.is_none()) return Ref::borrow(plain);
  Ref nd = index_object(ndigits);
  if (int_sign(nd.get()) >= 0) return Ref::borrow(plain);
  // 10**k > 2*|i| makes the result 0: decimal digits of i bound it.
  int64_t digits = int64_t(double(int_bit_length(plain)) * 0.30103) + 2;
  if (!int_fits_i64(nd.get()) || -int_as_i64(nd.get()) > digits) return Ref::steal(Value::small_int(0));
  unsigned k = unsigned(-int_as_i64(nd.get()));
  BigI scale = mp::pow(BigI(10), k), q, r;
  big_floor_divmod(to_big(plain), scale, &q, &r);
  BigI twice = r * 2;
  int c = twice.compare(scale);
  if (c > 0 || (c == 0 && mp::bit_test(q, 0))) q += 1;
  return big_to_value(BigI(q * scale));
}

}  // namespace gilpy
