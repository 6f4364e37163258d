// num_intmath.cpp — exact integer functions for the math module: isqrt, gcd,
// factorial, comb, perm. They live with the int representation because they
// work on Boost values directly; stdlib/math.cpp checks the arguments.
#include <cmath>
#include <numeric>

#include "runtime/errors.hpp"
#include "runtime/num_bigimpl.hpp"

namespace gilpy {

namespace mp = boost::multiprecision;

Ref int_isqrt(Value n) {
  int64_t s;
  const BigI* b;
  if (int_parts(n, &s, &b)) {   // s < 2**47: the double root is within one of the answer
    int64_t r = int64_t(std::sqrt(double(s)));
    while (r * r > s) --r;
    while ((r + 1) * (r + 1) <= s) ++r;
    return Ref::steal(Value::small_int(r));
  }
  return big_to_value(BigI(mp::sqrt(*b)));
}

Ref int_gcd(Value a, Value b) {
  int64_t x, y;
  const BigI *bx, *by;
  if (int_parts(a, &x, &bx) & int_parts(b, &y, &by)) return int_from_i64(std::gcd(x, y));
  return big_to_value(BigI(mp::gcd(to_big(a), to_big(b))));
}

// Product of the integers lo, lo+1, ..., lo+count-1 by binary splitting, so
// the big multiplications pair operands of similar size.
static BigI range_product(const BigI& lo, uint64_t count) {
  if (count == 0) return BigI(1);
  if (count <= 16) {
    BigI r = lo;
    for (uint64_t k = 1; k < count; ++k) r *= BigI(lo + k);
    return r;
  }
  uint64_t half = count / 2;
  return range_product(lo, half) * range_product(BigI(lo + half), count - half);
}

Ref int_factorial(int64_t n) {
  if (n <= 20) {
    int64_t r = 1;
    for (int64_t k = 2; k <= n; ++k) r *= k;
    return int_from_i64(r);
  }
  return big_to_value(range_product(BigI(1), uint64_t(n)));
}

// n * (n-1) * ... * (n-k+1), with k already known to fit a machine word.
static BigI falling_product(const BigI& n, uint64_t k) { return range_product(BigI(n - k + 1), k); }

Ref int_perm(Value n, Value k) {
  BigI bn = to_big(n), bk = to_big(k);
  if (bk > bn) return Ref::steal(Value::small_int(0));
  if (bk > BigI(INT64_MAX)) overflow_error("k must not exceed 9223372036854775807");
  return big_to_value(falling_product(bn, bk.convert_to<uint64_t>()));
}

Ref int_comb(Value n, Value k) {
  BigI bn = to_big(n), bk = to_big(k);
  if (bk > bn) return Ref::steal(Value::small_int(0));
  BigI other = bn - bk;
  if (other < bk) bk = other;   // C(n, k) == C(n, n-k): use the smaller
  if (bk > BigI(INT64_MAX)) overflow_error("min(n - k, k) must not exceed 9223372036854775807");
  uint64_t kk = bk.convert_to<uint64_t>();
  if (kk <= 64) {   // exact step by step: each partial product is itself a binomial
    BigI r = 1;
    for (uint64_t j = 1; j <= kk; ++j) {
      r *= BigI(bn - kk + j);
      r /= j;
    }
    return big_to_value(std::move(r));
  }
  return big_to_value(BigI(falling_product(bn, kk) / range_product(BigI(1), kk)));
}

}  // namespace gilpy
