// num.hpp — int (small immediates + arbitrary-precision big ints), bool, float.
//
// Small ints live in the Value word. On overflow of the 48-bit immediate
// range the result is a BigInt object holding a Boost.Multiprecision cpp_int,
// so nothing ever wraps silently. Every int operation accepts both forms and
// returns the small form whenever the value fits (one canonical form per
// value, so equality of small ints is bit equality).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "object.hpp"

namespace gilpy {

struct BigIntImpl;   // opaque: a cpp_int, only num_*.cpp include Boost.Multiprecision
struct BigInt : Object {
  BigIntImpl* impl;
};

inline bool is_small_int(Value v) { return v.is_small_int(); }
inline bool is_bigint(Value v) { return v.is_obj() && v.as_obj()->type == &IntType; }

Ref int_from_i64(int64_t i);                   // small or big
Ref int_from_u64(uint64_t u);
Ref int_from_double(double d);                 // truncates; OverflowError for inf, ValueError for nan
Ref int_from_string(std::string_view s, int base);   // int('...', base) rules; ValueError
std::string int_to_string(Value i, int base = 10);   // "-0x1f" style not included: digits only with sign
bool int_fits_i64(Value i);
int64_t int_as_i64(Value i);                   // OverflowError if it does not fit
double int_as_double(Value i);                 // OverflowError "int too large to convert to float"
int int_sign(Value i);
int int_compare(Value a, Value b);             // -1, 0, 1 (both ints)
Ref int_binop(BinOp op, Value a, Value b);     // both int/bool; NotImplemented otherwise
int64_t int_hash(Value i);                     // CPython's: modulo 2**61-1
Ref int_from_bytes(std::string_view bytes, bool little, bool is_signed);
std::string int_to_bytes(Value i, int64_t length, bool little, bool is_signed);  // OverflowError
int64_t int_bit_length(Value i);

// Normalise a bool or int subclass instance to a plain int Value (borrowed for ints).
Value int_value(Value v);

// --- added by the numbers engineer ---------------------------------------
// Instances of user subclasses of int / float (allocated by the int/float
// `new_` slot with the subclass's basic_size; same size as BigInt).
struct IntSubObject : Object {
  Value value;   // owned plain int (small or exact BigInt)
};
struct FloatSubObject : Object {
  double value;
};

Ref int_divmod(Value a, Value b);              // (q, r) tuple; NotImplemented for non-ints
Ref int_pow_mod(Value a, Value b, Value m);    // pow(a, b, m): all int-like; TypeError otherwise
Ref int_unary(int op, Value i);                // 0 neg, 1 pos, 2 invert, 3 abs
Ref int_round(Value i, Value ndigits);         // round(int, ndigits) (ndigits null/None: int itself)
Ref int_new_from(Value x);                     // int(x): str/bytes parse, __int__/__index__/__trunc__
Ref int_from_text_obj(Value s, int base);      // int(str|bytes|bytearray, base), CPython's errors
Ref int_true_divide(Value a, Value b);         // int / int, correctly rounded
double int_frexp(Value i, int64_t* e);         // i == m * 2**e with 0.5 <= |m| < 1 (m = 0 for 0)
Ref int_from_words(const uint32_t* words, size_t n);   // non-negative, little-endian 32-bit words
int64_t int_max_str_digits();                  // sys.get_int_max_str_digits()
void set_int_max_str_digits(int64_t n);        // 0 = unlimited; ValueError below 640
// Integer math for the math module (arguments already ints, checked there).
Ref int_isqrt(Value n);                        // n >= 0
Ref int_gcd(Value a, Value b);
Ref int_factorial(int64_t n);                  // n >= 0
Ref int_comb(Value n, Value k);                // n, k >= 0
Ref int_perm(Value n, Value k);                // n, k >= 0

// Calls a special method looked up on the type (not the instance), as the
// interpreter does for dunders: type(obj).name(obj). *found = false if absent.
Ref call_dunder(Value obj, std::string_view name, bool* found);

// floats
bool is_floatlike(Value v);                    // float or float subclass instance
double float_value(Value v);                   // of a float-like Value
Ref float_new_from(Value x);                   // float(x): str/bytes parse, __float__, __index__
Ref float_divmod(Value a, Value b);            // (q, r); NotImplemented for non-numbers
double num_to_double(Value v);                 // int/float/__float__/__index__; "must be real number, not X"

// floats
int64_t float_hash(double d);                  // CPython's numeric hash (equal to int hash for integral)
std::string float_repr(double d);              // shortest round-trip, CPython's format
Ref float_binop(BinOp op, Value a, Value b);   // a/b int or float; NotImplemented otherwise
double float_from_string(std::string_view s);  // float('...') rules; ValueError
Ref float_round(double d, Value ndigits);      // round(x[, n])

}  // namespace gilpy
