// num_bigimpl.hpp — PRIVATE to the num_*.cpp files: the big-int representation.
//
// This header pulls in Boost.Multiprecision, which is slow to compile, so only
// the translation units that do big-int arithmetic include it (num_bigint.cpp,
// num_intops.cpp, num_intmath.cpp, num_int.cpp, num_float.cpp, num_format.cpp).
// Everyone else sees BigInt through num.hpp, where BigIntImpl is opaque.
#pragma once
#include <boost/multiprecision/cpp_int.hpp>
#include <string>
#include <string_view>

#include "runtime/num.hpp"

namespace gilpy {

using BigI = boost::multiprecision::cpp_int;

struct BigIntImpl {
  BigI v;
};

// Is v an int for arithmetic purposes: small int, bool, exact big int, or an
// instance of an int subclass (never a float).
inline bool is_intlike(Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t == &IntType || (t->flags & kTypeIntSub);
}

// The value of an int-like Value, either as a machine word (returns true and
// sets *small) or as a pointer to a big value (returns false, sets *big).
// `v` must satisfy is_intlike.
inline bool int_parts(Value v, int64_t* small, const BigI** big) {
  v = int_value(v);
  if (v.is_small_int()) {
    *small = v.as_small_int();
    return true;
  }
  *big = &static_cast<BigInt*>(v.as_obj())->impl->v;
  return false;
}

// Copy of an int-like value as a BigI.
inline BigI to_big(Value v) {
  int64_t s;
  const BigI* b;
  if (int_parts(v, &s, &b)) return BigI(s);
  return *b;
}

// The owned int for a BigI: a small immediate when it fits (canonical form).
Ref big_to_value(BigI&& v);
Ref big_to_value(const BigI& v);

// Correctly rounded (half to even) conversion of a non-negative big value to
// double; returns +inf when it overflows.
double big_to_double_rounded(const BigI& v);
// Exact conversion of an integral, finite double to BigI.
BigI big_from_integral_double(double d);

// float ** float with CPython's special cases and errors (num_float.cpp);
// int ** negative int comes here too.
Ref float_pow_values(double a, double b);

// float(bytes) parsing; float.hex() and float.fromhex() (num_floatops.cpp).
double float_from_bytes_text(std::string_view b);
std::string float_hex(double d);
double float_fromhex(std::string_view s);

// Compare an int-like with a double exactly: -1, 0, 1, or 2 when d is NaN.
int int_compare_double(Value i, double d);

// Text normalisation shared by int() and float(): strips Python whitespace
// (Unicode included) and maps Unicode decimal digits to ASCII. Returns false
// if a non-ASCII character other than those remains.
bool num_ascii_normalize(std::string_view s, std::string* out);

// Python-style repr (str quotes), truncated as CPython's "%.200R" does.
std::string repr_trunc200(std::string_view s, bool is_bytes);

}  // namespace gilpy
